package appraisal.domain.service;

import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.access.Caller;
import appraisal.domain.model.access.IssuedToken;
import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.TokenInfo;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.access.IssueTokenCommand;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Bearer tokens: issuing, using, listing and revoking them, and the caller behind one. */
class TokenServiceTest extends OfficeWithAccounts {

    @Test
    void a_token_acts_for_its_account_until_it_expires_and_only_its_digest_is_stored() {
        add("Somchai", "LPM-02");
        Principal somchai = signIn("Somchai", PASSWORD).principal();

        IssuedToken issued = system.tokenService.issueToken(new IssueTokenCommand("Somchai", "nightly export", Duration.ofDays(7), somchai));

        assertThat(issued.info().id()).startsWith("TK-");
        assertThat(issued.info().expires()).isEqualTo(system.clock.instant().plus(Duration.ofDays(7)));
        assertThat(issued.toString()).doesNotContain(issued.secret());
        assertThat(system.tokens.contents().get(issued.info().id()).digest()).isEqualTo(system.secrets.digest(issued.secret()))
                .isNotEqualTo(issued.secret());
        assertThat(system.tokenService.bearer(issued.secret())).contains(somchai);
        assertThat(system.tokenService.tokens("somchai", somchai)).containsExactly(issued.info());
        DomainEvent event = events("token.issued").get(0);
        assertThat(event.actor()).isEqualTo(new PersonId("LPM-02"));
        assertThat(event.toString()).doesNotContain(issued.secret());

        system.clock.advance(Duration.ofDays(7).minusNanos(1));
        assertThat(system.tokenService.bearer(issued.secret())).isPresent();
        system.clock.advance(Duration.ofNanos(1));
        assertThat(system.tokenService.bearer(issued.secret())).isEmpty();
        assertThat(system.tokenService.bearer("secret-unknown")).isEmpty();
    }

    @Test
    void a_caller_is_the_token_s_principal_with_its_scope_and_sees_a_supervisor_change_made_behind_the_service() {
        add("head", "LPM-01");
        add("Somchai", "LPM-02");
        Principal somchai = signIn("Somchai", PASSWORD).principal();
        IssuedToken token = system.tokenService.issueToken(new IssueTokenCommand("Somchai", "export", Duration.ofDays(1), somchai));

        Caller caller = system.tokenService.caller(token.secret()).orElseThrow();

        assertThat(caller.principal()).isEqualTo(somchai);
        assertThat(caller.visibility().sees(new PersonId("LPM-02"))).isTrue();
        assertThat(caller.visibility().sees(new PersonId("LPM-03"))).isFalse();
        // LPM-03 now reports to Somchai, saved straight through the port as another process would.
        system.people.save(new Person(new PersonId("LPM-03"), "คน LPM-03", "นักวิชาการพัฒนาชุมชน", PositionLevel.K2,
                new OrgUnitId("LPM"), Optional.of(new PersonId("LPM-02")), false));
        assertThat(system.tokenService.caller(token.secret()).orElseThrow().visibility().sees(new PersonId("LPM-03"))).isTrue();
        system.tokens.revoke(token.info().id(), system.clock.instant());
        assertThat(system.tokenService.caller(token.secret())).isEmpty();
        assertThat(system.tokenService.caller("secret-unknown")).isEmpty();
    }

    @Test
    void a_token_is_issued_listed_and_revoked_by_its_owner_or_an_administrator_only() {
        add("Somchai", "LPM-02");
        add("mali", "LPM-03");
        Principal somchai = new Principal("Somchai", Optional.of(new PersonId("LPM-02")), false);
        Principal mali = new Principal("mali", Optional.of(new PersonId("LPM-03")), false);
        IssuedToken token = system.tokenService.issueToken(new IssueTokenCommand("Somchai", "export", Duration.ofDays(1), somchai));

        assertThat(refusalOf(() -> system.tokenService.issueToken(new IssueTokenCommand("Somchai", "x", Duration.ofDays(1), mali))).code())
                .isEqualTo("access.denied");
        assertThat(refusalOf(() -> system.tokenService.tokens("Somchai", mali)).code()).isEqualTo("access.denied");
        assertThat(refusalOf(() -> system.tokenService.revokeToken(token.info().id(), mali)).code()).isEqualTo("access.denied");
        assertThat(system.tokenService.bearer(token.secret())).isPresent();

        system.tokenService.revokeToken(token.info().id(), ADMIN);
        system.tokenService.revokeToken(token.info().id(), somchai);

        assertThat(system.tokenService.bearer(token.secret())).isEmpty();
        TokenInfo listed = system.tokenService.tokens("Somchai", ADMIN).get(0);
        assertThat(listed.revoked()).contains(system.clock.instant());
        assertThat(events("token.revoked")).hasSize(1).first().extracting(DomainEvent::actor).isEqualTo(ADMIN.actor());
        assertThat(refusalOf(() -> system.tokenService.revokeToken("TK-404", ADMIN)).code()).isEqualTo("token.not-found");
        assertThat(refusalOf(() -> system.tokenService.tokens("nobody", ADMIN)).code()).isEqualTo("account.not-found");
    }

    @Test
    void a_token_for_a_year_and_a_day_a_long_label_or_a_disabled_account_is_refused() {
        add("Somchai", "LPM-02");

        DomainException tooLong = refusalOf(() -> new IssueTokenCommand("Somchai", "export", Duration.ofDays(367), ADMIN));
        DomainException label = refusalOf(() -> system.tokenService.issueToken(new IssueTokenCommand("Somchai", "x".repeat(101),
                Duration.ofDays(1), ADMIN)));
        system.users.setDisabled("Somchai", true, ADMIN_ACTOR);
        DomainException disabled = refusalOf(() -> system.tokenService.issueToken(new IssueTokenCommand("Somchai", "export",
                Duration.ofDays(1), ADMIN)));

        assertThat(tooLong.code()).isEqualTo("token.bad-validity");
        assertThat(label.code()).isEqualTo("token.bad-label");
        assertThat(disabled.code()).isEqualTo("account.disabled");
        assertThat(system.tokens.contents()).isEmpty();
    }
}
