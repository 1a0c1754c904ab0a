package appraisal.domain.service;

import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.access.IssuedToken;
import appraisal.domain.model.access.SessionGrant;
import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.access.AddUserCommand;
import appraisal.domain.port.in.access.IssueTokenCommand;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Adding accounts with their passwords, and disabling and enabling them. */
class UserAccountServiceTest extends OfficeWithAccounts {

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
        assertThat(system.users.users()).containsExactly(added);
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
        assertThat(system.users.users()).hasSize(1);
        assertThat(events("account.added")).hasSize(1);
    }

    @Test
    void a_short_password_the_username_as_password_and_a_bad_username_are_refused() {
        DomainException shortOne = refusalOf(() -> system.users.addUser(new AddUserCommand("mali", "123456789".toCharArray(),
                Optional.of(new PersonId("LPM-03")), false, ADMIN_ACTOR)));
        DomainException asUsername = refusalOf(() -> system.users.addUser(new AddUserCommand("mali.s.2565", "MALI.S.2565".toCharArray(),
                Optional.of(new PersonId("LPM-03")), false, ADMIN_ACTOR)));
        DomainException badName = refusalOf(() -> add("มาลี", "LPM-03"));

        assertThat(shortOne.code()).isEqualTo("account.weak-password");
        assertThat(shortOne.location()).isEqualTo("password");
        assertThat(shortOne.getMessage()).contains("at least 10").contains("has 9");
        assertThat(asUsername.code()).isEqualTo("account.weak-password");
        assertThat(badName.code()).isEqualTo("account.bad-username");
        assertThat(system.users.users()).isEmpty();
    }

    // ---------------------------------------------------------------- disabling

    @Test
    void a_disabled_account_loses_its_sessions_and_tokens_and_cannot_sign_in_until_enabled() {
        add("Somchai", "LPM-02");
        SessionGrant grant = signIn("Somchai", PASSWORD);
        IssuedToken token = system.tokenService.issueToken(new IssueTokenCommand("Somchai", "export", Duration.ofDays(30), ADMIN));

        system.users.setDisabled("somchai", true, ADMIN_ACTOR);

        assertThat(system.signIn.session(grant.secret())).isEmpty();
        assertThat(system.tokenService.bearer(token.secret())).isEmpty();
        assertThat(failedSignIn("Somchai", PASSWORD).code()).isEqualTo("account.disabled");
        assertThat(failedSignIn("Somchai", "wrong-password").code()).isEqualTo("auth.bad-credentials");
        assertThat(events("account.disabled")).hasSize(1);

        system.users.setDisabled("Somchai", false, ADMIN_ACTOR);

        assertThat(system.tokenService.bearer(token.secret())).isPresent();
        assertThat(system.signIn.session(grant.secret())).isEmpty();
        assertSignedInAsSomchai(signIn("Somchai", PASSWORD));
        assertThat(refusalOf(() -> system.users.setDisabled("nobody", true, ADMIN_ACTOR)).code()).isEqualTo("account.not-found");
    }
}
