package appraisal.domain.service;

import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.access.Caller;
import appraisal.domain.model.access.IssuedToken;
import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.Session;
import appraisal.domain.model.access.SessionGrant;
import appraisal.domain.model.access.TokenInfo;
import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.AddUserCommand;
import appraisal.domain.port.in.IssueTokenCommand;
import appraisal.domain.port.in.RegisterOrgUnitCommand;
import appraisal.domain.port.in.RegisterPersonCommand;
import appraisal.domain.port.in.SignInCommand;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Accounts, sign-in, sessions and tokens over the port fakes, on a clock the tests move. */
class AccountServiceTest {

    private static final String PASSWORD = "ลำปลายมาศ-2565";
    private static final PersonId ADMIN_ACTOR = new PersonId("user:admin");
    private static final Principal ADMIN = new Principal("admin", Optional.empty(), true);

    private final InMemorySystem system = new InMemorySystem();

    @BeforeEach
    void anOffice() {
        system.org.register(new RegisterOrgUnitCommand(new OrgUnit(new OrgUnitId("CDD"), "กรม", OrgUnitKind.DEPARTMENT, Optional.empty()),
                ADMIN_ACTOR));
        system.org.register(new RegisterOrgUnitCommand(new OrgUnit(new OrgUnitId("LPM"), "ลำปลายมาศ", OrgUnitKind.DISTRICT,
                Optional.of(new OrgUnitId("CDD"))), ADMIN_ACTOR));
        person("LPM-01", null);
        person("LPM-02", "LPM-01");
        person("LPM-03", "LPM-01");
    }

    private void person(String id, String supervisor) {
        system.org.register(new RegisterPersonCommand(new Person(new PersonId(id), "คน " + id, "นักวิชาการพัฒนาชุมชน", PositionLevel.K2,
                new OrgUnitId("LPM"), Optional.ofNullable(supervisor).map(PersonId::new), false), ADMIN_ACTOR));
    }

    private UserAccount add(String username, String person) {
        return system.accounts.addUser(new AddUserCommand(username, PASSWORD.toCharArray(), Optional.ofNullable(person).map(PersonId::new),
                person == null, ADMIN_ACTOR));
    }

    private SessionGrant signIn(String username, String password) {
        return signIn(username, password, "10.0.0.7");
    }

    private SessionGrant signIn(String username, String password, String client) {
        return system.accounts.signIn(new SignInCommand(username, password.toCharArray(), client));
    }

    private DomainException failedSignIn(String username, String password) {
        return refusalOf(() -> signIn(username, password));
    }

    /** What Somchai holds after signing in: a session of his own, live now, that ends after 30 minutes unused. */
    private void assertSignedInAsSomchai(SessionGrant grant) {
        Principal somchai = new Principal("Somchai", Optional.of(new PersonId("LPM-02")), false);
        assertThat(grant.principal()).isEqualTo(somchai);
        assertThat(grant.expires()).isEqualTo(system.clock.instant().plus(Duration.ofMinutes(30)));
        assertThat(system.accounts.session(grant.secret())).map(Session::principal).contains(somchai);
    }

    private List<DomainEvent> events(String type) {
        return system.audit.all().stream().filter(e -> e.type().equals(type)).toList();
    }

    // ---------------------------------------------------------------- adding users

    @Test
    void an_added_user_is_stored_with_a_hash_of_the_password_and_audited_without_it() {
        UserAccount added = add("Somchai", "LPM-02");

        assertThat(added.passwordHash()).doesNotContain(PASSWORD).startsWith("fast$");
        assertThat(system.accountStore.find("somchai")).contains(added);
        assertThat(added.created()).isEqualTo(system.clock.instant());
        DomainEvent event = events("account.added").get(0);
        assertThat(event.actor()).isEqualTo(ADMIN_ACTOR);
        assertThat(event.after()).containsEntry("username", "Somchai").containsEntry("person", "LPM-02").containsEntry("admin", "false");
        assertThat(event.toString()).doesNotContain(PASSWORD).doesNotContain(added.passwordHash());
        assertThat(system.accounts.users()).containsExactly(added);
    }

    @Test
    void a_username_taken_in_any_case_a_person_with_an_account_and_an_unknown_person_are_refused_before_hashing() {
        add("Somchai", "LPM-02");
        int hashes = system.hasher.hashes();

        DomainException sameName = refusalOf(() -> add("SOMCHAI", "LPM-03"));
        DomainException samePerson = refusalOf(() -> add("mali", "LPM-02"));
        DomainException nobody = refusalOf(() -> add("mali", "LPM-99"));

        assertThat(sameName.code()).isEqualTo("account.exists");
        assertThat(samePerson.code()).isEqualTo("account.person-taken");
        assertThat(samePerson.getMessage()).contains("Somchai");
        assertThat(nobody.code()).isEqualTo("account.unknown-person");
        assertThat(nobody.kind()).isEqualTo(DomainException.Kind.NOT_FOUND);
        assertThat(system.hasher.hashes()).isEqualTo(hashes);
        assertThat(system.accounts.users()).hasSize(1);
        assertThat(events("account.added")).hasSize(1);
    }

    @Test
    void a_short_password_the_username_as_password_and_a_bad_username_are_refused() {
        DomainException shortOne = refusalOf(() -> system.accounts.addUser(new AddUserCommand("mali", "123456789".toCharArray(),
                Optional.of(new PersonId("LPM-03")), false, ADMIN_ACTOR)));
        DomainException asUsername = refusalOf(() -> system.accounts.addUser(new AddUserCommand("mali.s.2565", "MALI.S.2565".toCharArray(),
                Optional.of(new PersonId("LPM-03")), false, ADMIN_ACTOR)));
        DomainException badName = refusalOf(() -> add("มาลี", "LPM-03"));

        assertThat(shortOne.code()).isEqualTo("account.weak-password");
        assertThat(shortOne.location()).isEqualTo("password");
        assertThat(shortOne.getMessage()).contains("at least 10").contains("has 9");
        assertThat(asUsername.code()).isEqualTo("account.weak-password");
        assertThat(badName.code()).isEqualTo("account.bad-username");
        assertThat(system.accounts.users()).isEmpty();
    }

    // ---------------------------------------------------------------- sign-in

    @Test
    void signing_in_opens_a_session_that_the_cookie_secret_finds_and_the_store_keeps_only_its_digest() {
        add("Somchai", "LPM-02");

        SessionGrant grant = signIn("somchai", PASSWORD);
        Optional<Session> session = system.accounts.session(grant.secret());

        assertThat(grant.principal()).isEqualTo(new Principal("Somchai", Optional.of(new PersonId("LPM-02")), false));
        assertThat(grant.expires()).isEqualTo(system.clock.instant().plus(Duration.ofMinutes(30)));
        assertThat(session).map(Session::principal).contains(grant.principal());
        assertThat(session).map(Session::csrfToken).contains(grant.csrfToken());
        assertThat(system.sessions.find(grant.secret())).isEmpty();
        assertThat(system.sessions.find(system.secrets.digest(grant.secret()))).isPresent();
        assertThat(system.accounts.session("secret-999")).isEmpty();
        assertThat(system.accounts.session("")).isEmpty();
        DomainEvent event = events("account.signed-in").get(0);
        assertThat(event.actor()).isEqualTo(new PersonId("LPM-02"));
        assertThat(event.after()).containsEntry("client", "10.0.0.7");
    }

    @Test
    void an_unknown_user_and_a_wrong_password_get_the_same_answer_after_the_same_one_slow_check() {
        add("Somchai", "LPM-02");
        int before = system.hasher.verifications();

        DomainException unknown = failedSignIn("nobody", PASSWORD);
        int afterUnknown = system.hasher.verifications();
        DomainException wrong = failedSignIn("Somchai", "not-the-password");

        assertThat(unknown.code()).isEqualTo("auth.bad-credentials").isEqualTo(wrong.code());
        assertThat(unknown.getMessage()).isEqualTo(wrong.getMessage());
        assertThat(unknown.kind()).isEqualTo(wrong.kind());
        assertThat(afterUnknown - before).isEqualTo(1);
        assertThat(system.hasher.verifications() - afterUnknown).isEqualTo(1);
        assertThat(events("account.sign-in-failed")).extracting(DomainEvent::aggregateId).containsExactly("nobody", "Somchai");
        assertThat(events("account.sign-in-failed").toString()).doesNotContain("not-the-password").doesNotContain(PASSWORD);
        assertThat(system.sessions.size()).isZero();
    }

    @Test
    void a_failed_sign_in_names_nobody_signed_in_from_the_client_as_its_actor_never_the_account_tried() {
        add("Somchai", "LPM-02");
        failedSignIn("Somchai", "not-the-password");
        failedSignIn("nobody", PASSWORD);
        system.accounts.setDisabled("Somchai", true, ADMIN_ACTOR);
        failedSignIn("Somchai", PASSWORD);

        List<DomainEvent> failed = events("account.sign-in-failed");
        assertThat(failed).extracting(DomainEvent::aggregateId).containsExactly("Somchai", "nobody", "Somchai");
        assertThat(failed).extracting(e -> e.after().get("outcome")).containsExactly("bad-credentials", "bad-credentials", "disabled");
        assertThat(failed).extracting(DomainEvent::actor).containsOnly(new PersonId("anonymous:10.0.0.7"));
    }

    @Test
    void five_failures_refuse_the_account_for_a_minute_then_doubling_even_with_the_right_password_and_unchecked() {
        add("Somchai", "LPM-02");
        for (int i = 0; i < 5; i++) {
            failedSignIn("Somchai", "guess-" + i);
        }
        int checks = system.hasher.verifications();

        DomainException throttled = failedSignIn("Somchai", PASSWORD);

        assertThat(throttled.code()).isEqualTo("auth.throttled");
        assertThat(throttled.getMessage()).contains("try again in 1 minute").contains("for this username");
        assertThat(system.hasher.verifications()).isEqualTo(checks);
        system.clock.advance(Duration.ofMinutes(1));
        assertThat(failedSignIn("Somchai", "guess-5").code()).isEqualTo("auth.bad-credentials");
        system.clock.advance(Duration.ofSeconds(119));
        assertThat(failedSignIn("Somchai", PASSWORD).getMessage()).contains("try again in 1 minute");
        system.clock.advance(Duration.ofSeconds(1));
        assertThat(signIn("Somchai", PASSWORD).principal().username()).isEqualTo("Somchai");
    }

    @Test
    void an_unknown_username_is_throttled_like_a_known_one() {
        for (int i = 0; i < 5; i++) {
            failedSignIn("nobody", "guess-" + i);
        }

        assertThat(failedSignIn("NOBODY", "guess").code()).isEqualTo("auth.throttled");
    }

    @Test
    void a_success_clears_the_account_s_failures() {
        add("Somchai", "LPM-02");
        for (int i = 0; i < 4; i++) {
            failedSignIn("Somchai", "typo-" + i);
        }
        signIn("Somchai", PASSWORD);

        for (int i = 0; i < 4; i++) {
            assertThat(failedSignIn("Somchai", "typo-again-" + i).code()).isEqualTo("auth.bad-credentials");
        }
        assertSignedInAsSomchai(signIn("Somchai", PASSWORD));
    }

    @Test
    void twenty_failures_from_one_address_refuse_it_for_every_username_but_not_other_addresses() {
        add("Somchai", "LPM-02");
        for (int i = 0; i < 20; i++) {
            String username = "user-" + i;
            refusalOf(() -> signIn(username, "guess", "203.0.113.9"));
        }

        DomainException fromThere = refusalOf(() -> signIn("Somchai", PASSWORD, "203.0.113.9"));

        assertThat(fromThere.code()).isEqualTo("auth.throttled");
        assertThat(fromThere.getMessage()).contains("from this address");
        assertSignedInAsSomchai(signIn("Somchai", PASSWORD, "10.0.0.8"));
        system.clock.advance(Duration.ofMinutes(1));
        assertSignedInAsSomchai(signIn("Somchai", PASSWORD, "203.0.113.9"));
    }

    @Test
    void someone_guessing_patiently_at_one_account_for_a_day_gets_about_one_guess_per_quarter_hour() {
        add("Somchai", "LPM-02");
        Instant end = system.clock.instant().plus(Duration.ofDays(1));
        int guesses = 0;
        int refusals = 0;
        while (system.clock.instant().isBefore(end)) {
            // A new address for each guess, so only the account's throttle holds them back.
            String client = "198.51.100." + (guesses % 250);
            DomainException answer = refusalOf(() -> signIn("Somchai", "guess", client));
            if (answer.code().equals("auth.throttled")) {
                refusals++;
            } else {
                guesses++;
            }
            system.clock.advance(Duration.ofSeconds(30));
        }

        assertThat(guesses).isBetween(95, 110);
        assertThat(refusals).isGreaterThan(2_700);
    }

    @Test
    void a_hash_made_with_weaker_settings_is_replaced_at_the_next_sign_in() {
        system.accountStore.save(new UserAccount("old", Optional.of(new PersonId("LPM-03")), false,
                system.hasher.oldHash(PASSWORD.toCharArray()), system.clock.instant(), false));

        signIn("old", PASSWORD);

        String hash = system.accountStore.find("old").orElseThrow().passwordHash();
        assertThat(system.hasher.needsRehash(hash)).isFalse();
        assertThat(system.hasher.verify(PASSWORD.toCharArray(), hash)).isTrue();
        assertThat(events("account.signed-in").get(0).after()).containsEntry("password_rehashed", "true");
    }

    // ---------------------------------------------------------------- sessions

    @Test
    void a_session_used_within_30_minutes_lives_on_and_one_left_30_minutes_ends() {
        add("Somchai", "LPM-02");
        SessionGrant grant = signIn("Somchai", PASSWORD);

        system.clock.advance(Duration.ofMinutes(29));
        Optional<Session> used = system.accounts.session(grant.secret());
        system.clock.advance(Duration.ofMinutes(29));
        Optional<Session> usedAgain = system.accounts.session(grant.secret());
        system.clock.advance(Duration.ofMinutes(30));

        assertThat(used).isPresent();
        assertThat(usedAgain).map(Session::expires).contains(system.clock.instant());
        assertThat(system.accounts.session(grant.secret())).isEmpty();
    }

    @Test
    void a_session_ends_12_hours_after_sign_in_however_busy() {
        add("Somchai", "LPM-02");
        Instant opened = system.clock.instant();
        SessionGrant grant = signIn("Somchai", PASSWORD);
        for (int i = 0; i < 12 * 3 - 1; i++) {
            system.clock.advance(Duration.ofMinutes(20));
            assertThat(system.accounts.session(grant.secret())).as("after %d minutes", (i + 1) * 20).isPresent();
        }
        assertThat(system.accounts.session(grant.secret()).orElseThrow().expires()).isEqualTo(opened.plus(Duration.ofHours(12)));

        system.clock.set(opened.plus(Duration.ofHours(12)));

        assertThat(system.accounts.session(grant.secret())).isEmpty();
    }

    @Test
    void reading_a_session_writes_its_last_use_at_most_once_a_minute() {
        add("Somchai", "LPM-02");
        SessionGrant grant = signIn("Somchai", PASSWORD);
        String digest = system.secrets.digest(grant.secret());
        Instant opened = system.clock.instant();

        system.clock.advance(Duration.ofSeconds(59));
        system.accounts.session(grant.secret());
        Instant afterFirst = system.sessions.find(digest).orElseThrow().lastSeen();
        system.clock.advance(Duration.ofSeconds(1));
        system.accounts.session(grant.secret());

        assertThat(afterFirst).isEqualTo(opened);
        assertThat(system.sessions.find(digest).orElseThrow().lastSeen()).isEqualTo(opened.plusSeconds(60));
    }

    @Test
    void signing_out_ends_the_session_and_is_audited() {
        add("Somchai", "LPM-02");
        SessionGrant grant = signIn("Somchai", PASSWORD);

        system.accounts.signOut(grant.secret());
        system.accounts.signOut(grant.secret());

        assertThat(system.accounts.session(grant.secret())).isEmpty();
        assertThat(events("account.signed-out")).hasSize(1);
    }

    // ---------------------------------------------------------------- disabling

    @Test
    void a_disabled_account_loses_its_sessions_and_tokens_and_cannot_sign_in_until_enabled() {
        add("Somchai", "LPM-02");
        SessionGrant grant = signIn("Somchai", PASSWORD);
        IssuedToken token = system.accounts.issueToken(new IssueTokenCommand("Somchai", "export", Duration.ofDays(30), ADMIN));

        system.accounts.setDisabled("somchai", true, ADMIN_ACTOR);

        assertThat(system.accounts.session(grant.secret())).isEmpty();
        assertThat(system.accounts.bearer(token.secret())).isEmpty();
        assertThat(failedSignIn("Somchai", PASSWORD).code()).isEqualTo("account.disabled");
        assertThat(failedSignIn("Somchai", "wrong-password").code()).isEqualTo("auth.bad-credentials");
        assertThat(events("account.disabled")).hasSize(1);

        system.accounts.setDisabled("Somchai", false, ADMIN_ACTOR);

        assertThat(system.accounts.bearer(token.secret())).isPresent();
        assertThat(system.accounts.session(grant.secret())).isEmpty();
        assertSignedInAsSomchai(signIn("Somchai", PASSWORD));
        assertThat(refusalOf(() -> system.accounts.setDisabled("nobody", true, ADMIN_ACTOR)).code()).isEqualTo("account.not-found");
    }

    // ---------------------------------------------------------------- tokens

    @Test
    void a_token_acts_for_its_account_until_it_expires_and_only_its_digest_is_stored() {
        add("Somchai", "LPM-02");
        Principal somchai = signIn("Somchai", PASSWORD).principal();

        IssuedToken issued = system.accounts.issueToken(new IssueTokenCommand("Somchai", "nightly export", Duration.ofDays(7), somchai));

        assertThat(issued.info().id()).startsWith("TK-");
        assertThat(issued.info().expires()).isEqualTo(system.clock.instant().plus(Duration.ofDays(7)));
        assertThat(issued.toString()).doesNotContain(issued.secret());
        assertThat(system.tokens.contents().get(issued.info().id()).digest()).isEqualTo(system.secrets.digest(issued.secret()))
                .isNotEqualTo(issued.secret());
        assertThat(system.accounts.bearer(issued.secret())).contains(somchai);
        assertThat(system.accounts.tokens("somchai", somchai)).containsExactly(issued.info());
        DomainEvent event = events("token.issued").get(0);
        assertThat(event.actor()).isEqualTo(new PersonId("LPM-02"));
        assertThat(event.toString()).doesNotContain(issued.secret());

        system.clock.advance(Duration.ofDays(7).minusNanos(1));
        assertThat(system.accounts.bearer(issued.secret())).isPresent();
        system.clock.advance(Duration.ofNanos(1));
        assertThat(system.accounts.bearer(issued.secret())).isEmpty();
        assertThat(system.accounts.bearer("secret-unknown")).isEmpty();
    }

    @Test
    void a_caller_is_the_token_s_principal_with_its_scope_and_sees_a_supervisor_change_made_behind_the_service() {
        add("head", "LPM-01");
        add("Somchai", "LPM-02");
        Principal somchai = signIn("Somchai", PASSWORD).principal();
        IssuedToken token = system.accounts.issueToken(new IssueTokenCommand("Somchai", "export", Duration.ofDays(1), somchai));

        Caller caller = system.accounts.caller(token.secret()).orElseThrow();

        assertThat(caller.principal()).isEqualTo(somchai);
        assertThat(caller.visibility().sees(new PersonId("LPM-02"))).isTrue();
        assertThat(caller.visibility().sees(new PersonId("LPM-03"))).isFalse();
        // LPM-03 now reports to Somchai, saved straight through the port as another process would.
        system.people.save(new Person(new PersonId("LPM-03"), "คน LPM-03", "นักวิชาการพัฒนาชุมชน", PositionLevel.K2,
                new OrgUnitId("LPM"), Optional.of(new PersonId("LPM-02")), false));
        assertThat(system.accounts.caller(token.secret()).orElseThrow().visibility().sees(new PersonId("LPM-03"))).isTrue();
        system.tokens.revoke(token.info().id(), system.clock.instant());
        assertThat(system.accounts.caller(token.secret())).isEmpty();
        assertThat(system.accounts.caller("secret-unknown")).isEmpty();
    }

    @Test
    void a_token_is_issued_listed_and_revoked_by_its_owner_or_an_administrator_only() {
        add("Somchai", "LPM-02");
        add("mali", "LPM-03");
        Principal somchai = new Principal("Somchai", Optional.of(new PersonId("LPM-02")), false);
        Principal mali = new Principal("mali", Optional.of(new PersonId("LPM-03")), false);
        IssuedToken token = system.accounts.issueToken(new IssueTokenCommand("Somchai", "export", Duration.ofDays(1), somchai));

        assertThat(refusalOf(() -> system.accounts.issueToken(new IssueTokenCommand("Somchai", "x", Duration.ofDays(1), mali))).code())
                .isEqualTo("access.denied");
        assertThat(refusalOf(() -> system.accounts.tokens("Somchai", mali)).code()).isEqualTo("access.denied");
        assertThat(refusalOf(() -> system.accounts.revokeToken(token.info().id(), mali)).code()).isEqualTo("access.denied");
        assertThat(system.accounts.bearer(token.secret())).isPresent();

        system.accounts.revokeToken(token.info().id(), ADMIN);
        system.accounts.revokeToken(token.info().id(), somchai);

        assertThat(system.accounts.bearer(token.secret())).isEmpty();
        TokenInfo listed = system.accounts.tokens("Somchai", ADMIN).get(0);
        assertThat(listed.revoked()).contains(system.clock.instant());
        assertThat(events("token.revoked")).hasSize(1).first().extracting(DomainEvent::actor).isEqualTo(ADMIN.actor());
        assertThat(refusalOf(() -> system.accounts.revokeToken("TK-404", ADMIN)).code()).isEqualTo("token.not-found");
        assertThat(refusalOf(() -> system.accounts.tokens("nobody", ADMIN)).code()).isEqualTo("account.not-found");
    }

    @Test
    void a_token_for_a_year_and_a_day_a_long_label_or_a_disabled_account_is_refused() {
        add("Somchai", "LPM-02");

        DomainException tooLong = refusalOf(() -> new IssueTokenCommand("Somchai", "export", Duration.ofDays(367), ADMIN));
        DomainException label = refusalOf(() -> system.accounts.issueToken(new IssueTokenCommand("Somchai", "x".repeat(101),
                Duration.ofDays(1), ADMIN)));
        system.accounts.setDisabled("Somchai", true, ADMIN_ACTOR);
        DomainException disabled = refusalOf(() -> system.accounts.issueToken(new IssueTokenCommand("Somchai", "export",
                Duration.ofDays(1), ADMIN)));

        assertThat(tooLong.code()).isEqualTo("token.bad-validity");
        assertThat(label.code()).isEqualTo("token.bad-label");
        assertThat(disabled.code()).isEqualTo("account.disabled");
        assertThat(system.tokens.contents()).isEmpty();
    }
}
