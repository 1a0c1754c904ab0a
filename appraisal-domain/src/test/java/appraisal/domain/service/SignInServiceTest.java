package appraisal.domain.service;

import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.Session;
import appraisal.domain.model.access.SessionGrant;
import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Signing in (answers, throttling, rehashing), and the sessions it opens. */
class SignInServiceTest extends OfficeWithAccounts {

    // ---------------------------------------------------------------- sign-in

    @Test
    void signing_in_opens_a_session_that_the_cookie_secret_finds_and_the_store_keeps_only_its_digest() {
        add("Somchai", "LPM-02");

        SessionGrant grant = signIn("somchai", PASSWORD);
        Optional<Session> session = system.signIn.session(grant.secret());

        assertThat(grant.principal()).isEqualTo(new Principal("Somchai", Optional.of(new PersonId("LPM-02")), false));
        assertThat(grant.expires()).isEqualTo(system.clock.instant().plus(Duration.ofMinutes(30)));
        assertThat(session).map(Session::principal).contains(grant.principal());
        assertThat(session).map(Session::csrfToken).contains(grant.csrfToken());
        assertThat(system.sessions.find(grant.secret())).isEmpty();
        assertThat(system.sessions.find(system.secrets.digest(grant.secret()))).isPresent();
        assertThat(system.signIn.session("secret-999")).isEmpty();
        assertThat(system.signIn.session("")).isEmpty();
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
        system.users.setDisabled("Somchai", true, ADMIN_ACTOR);
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
        Optional<Session> used = system.signIn.session(grant.secret());
        system.clock.advance(Duration.ofMinutes(29));
        Optional<Session> usedAgain = system.signIn.session(grant.secret());
        system.clock.advance(Duration.ofMinutes(30));

        assertThat(used).isPresent();
        assertThat(usedAgain).map(Session::expires).contains(system.clock.instant());
        assertThat(system.signIn.session(grant.secret())).isEmpty();
    }

    @Test
    void a_session_ends_12_hours_after_sign_in_however_busy() {
        add("Somchai", "LPM-02");
        Instant opened = system.clock.instant();
        SessionGrant grant = signIn("Somchai", PASSWORD);
        for (int i = 0; i < 12 * 3 - 1; i++) {
            system.clock.advance(Duration.ofMinutes(20));
            assertThat(system.signIn.session(grant.secret())).as("after %d minutes", (i + 1) * 20).isPresent();
        }
        assertThat(system.signIn.session(grant.secret()).orElseThrow().expires()).isEqualTo(opened.plus(Duration.ofHours(12)));

        system.clock.set(opened.plus(Duration.ofHours(12)));

        assertThat(system.signIn.session(grant.secret())).isEmpty();
    }

    @Test
    void reading_a_session_writes_its_last_use_at_most_once_a_minute() {
        add("Somchai", "LPM-02");
        SessionGrant grant = signIn("Somchai", PASSWORD);
        String digest = system.secrets.digest(grant.secret());
        Instant opened = system.clock.instant();

        system.clock.advance(Duration.ofSeconds(59));
        system.signIn.session(grant.secret());
        Instant afterFirst = system.sessions.find(digest).orElseThrow().lastSeen();
        system.clock.advance(Duration.ofSeconds(1));
        system.signIn.session(grant.secret());

        assertThat(afterFirst).isEqualTo(opened);
        assertThat(system.sessions.find(digest).orElseThrow().lastSeen()).isEqualTo(opened.plusSeconds(60));
    }

    @Test
    void signing_out_ends_the_session_and_is_audited() {
        add("Somchai", "LPM-02");
        SessionGrant grant = signIn("Somchai", PASSWORD);

        system.signIn.signOut(grant.secret());
        system.signIn.signOut(grant.secret());

        assertThat(system.signIn.session(grant.secret())).isEmpty();
        assertThat(events("account.signed-out")).hasSize(1);
    }
}
