package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.access.Principal;
import appraisal.domain.port.in.access.TokensUseCase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code appraisal token …}: a secret shown once that works until revoked; lists without secrets. */
class TokenCommandTest {

    private final InMemoryCli cli = new InMemoryCli();

    @BeforeEach
    void demoAccounts() {
        assertThat(cli.run("demo").exitCode()).isZero();
    }

    private TokensUseCase tokens() {
        return new Application(cli.ports, cli.clock, cli.hasher, cli.secrets).tokens;
    }

    @Test
    void an_issued_token_prints_its_secret_once_with_a_warning_and_acts_as_the_user_until_revoked() {
        InMemoryCli.Run issued = cli.run("token", "issue", "--user", "lamplaimat.head", "--label", "ส่งออกทุกคืน", "--days", "30",
                "--format", "csv");
        String[] row = issued.out().lines().skip(1).findFirst().orElseThrow().split(",");
        String id = row[0];
        String secret = row[4];

        assertThat(issued.exitCode()).isZero();
        assertThat(issued.out().lines().findFirst()).contains("id,username,label,expires,secret");
        assertThat(issued.err()).contains("will not be shown again").contains("token revoke " + id);
        assertThat(tokens().bearer(secret)).map(Principal::username).contains("lamplaimat.head");
        InMemoryCli.Run listed = cli.run("token", "list", "--user", "LAMPLAIMAT.HEAD", "--format", "csv");
        assertThat(listed.out()).contains(id + ",ส่งออกทุกคืน,").contains(",active").doesNotContain(secret);

        InMemoryCli.Run revoked = cli.run("token", "revoke", id);

        assertThat(revoked.exitCode()).isZero();
        assertThat(tokens().bearer(secret)).isEmpty();
        assertThat(cli.run("token", "list", "--user", "lamplaimat.head").out()).contains("revoked");
        assertThat(cli.audit.all()).filteredOn(e -> e.type().startsWith("token.")).extracting(e -> e.type())
                .containsExactly("token.issued", "token.revoked");
    }

    @Test
    void out_of_range_days_unknown_users_and_unknown_tokens_are_refused() {
        InMemoryCli.Run tooLong = cli.run("token", "issue", "--user", "admin", "--label", "x", "--days", "400");
        InMemoryCli.Run nobody = cli.run("token", "issue", "--user", "nobody", "--label", "x", "--days", "1");
        InMemoryCli.Run missing = cli.run("token", "revoke", "TK-99");
        InMemoryCli.Run noLabel = cli.run("token", "issue", "--user", "admin", "--days", "1");

        assertThat(tooLong.exitCode()).isEqualTo(2);
        assertThat(tooLong.err()).contains("1 to 366");
        assertThat(nobody.exitCode()).isEqualTo(3);
        assertThat(nobody.err()).contains("[account.not-found]");
        assertThat(missing.exitCode()).isEqualTo(3);
        assertThat(missing.err()).contains("[token.not-found]");
        assertThat(noLabel.exitCode()).isEqualTo(2);
        assertThat(cli.accounts.tokens().contents()).isEmpty();
    }
}
