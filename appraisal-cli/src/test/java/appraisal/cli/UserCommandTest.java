package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.access.UserAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code appraisal user …}: accounts added from standard input or generated, listed without secrets, disabled. */
class UserCommandTest {

    private final InMemoryCli cli = new InMemoryCli();

    @BeforeEach
    void anOffice() {
        assertThat(cli.run("demo").exitCode()).isZero();
    }

    @Test
    void a_user_added_with_the_password_on_standard_input_is_stored_hashed_and_audited() {
        InMemoryCli.Run run = cli.runWithInput("correct horse battery\n", "user", "add", "Somchai", "--person", "BRM-NAPHO-02",
                "--password-stdin", "--as", "BRM-0001");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Somchai").contains("BRM-NAPHO-02").doesNotContain("correct horse");
        UserAccount stored = cli.accounts.accounts().find("somchai").orElseThrow();
        assertThat(stored.passwordHash()).doesNotContain("correct horse");
        assertThat(cli.hasher.verify("correct horse battery".toCharArray(), stored.passwordHash())).isTrue();
        assertThat(cli.audit.all()).filteredOn(e -> e.type().equals("account.added") && e.aggregateId().equals("Somchai"))
                .singleElement().satisfies(e -> assertThat(e.actor().value()).isEqualTo("BRM-0001"));
    }

    @Test
    void a_generated_password_is_printed_once_and_works() {
        InMemoryCli.Run run = cli.run("user", "add", "export-bot", "--admin", "--generate", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("shown this once");
        String password = run.out().replaceAll("(?s).*\"password\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        assertThat(password).matches("[a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}");
        UserAccount stored = cli.accounts.accounts().find("export-bot").orElseThrow();
        assertThat(stored.admin()).isTrue();
        assertThat(cli.hasher.verify(password.toCharArray(), stored.passwordHash())).isTrue();
        assertThat(cli.run("user", "list").out()).doesNotContain(password);
    }

    @Test
    void bad_passwords_and_names_are_refused_with_their_code_and_nothing_is_added() {
        int before = cli.accounts.accounts().all().size();

        InMemoryCli.Run shortOne = cli.runWithInput("short\n", "user", "add", "mali", "--person", "BRM-NAPHO-03", "--password-stdin");
        InMemoryCli.Run twoLines = cli.runWithInput("first line\nsecond line\n", "user", "add", "mali", "--person", "BRM-NAPHO-03",
                "--password-stdin");
        InMemoryCli.Run empty = cli.runWithInput("", "user", "add", "mali", "--person", "BRM-NAPHO-03", "--password-stdin");
        InMemoryCli.Run noTerminal = cli.run("user", "add", "mali", "--person", "BRM-NAPHO-03");
        InMemoryCli.Run noPerson = cli.runWithInput("long enough pass\n", "user", "add", "mali", "--password-stdin");
        InMemoryCli.Run taken = cli.runWithInput("long enough pass\n", "user", "add", "ADMIN", "--admin", "--password-stdin");
        InMemoryCli.Run both = cli.runWithInput("long enough pass\n", "user", "add", "mali", "--admin", "--password-stdin", "--generate");

        assertThat(shortOne.exitCode()).isEqualTo(2);
        assertThat(shortOne.err()).contains("[account.weak-password]").contains("at least 10");
        assertThat(twoLines.err()).contains("reads one line");
        assertThat(empty.err()).contains("no password");
        assertThat(noTerminal.exitCode()).isEqualTo(2);
        assertThat(noTerminal.err()).contains("--password-stdin").contains("--generate");
        assertThat(noPerson.err()).contains("[account.no-person]");
        assertThat(taken.exitCode()).isEqualTo(1);
        assertThat(taken.err()).contains("[account.exists]");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        assertThat(cli.accounts.accounts().all()).hasSize(before);
    }

    @Test
    void users_are_listed_without_hashes_and_can_be_disabled_and_enabled() {
        InMemoryCli.Run disabled = cli.run("user", "disable", "lamplaimat.staff");
        InMemoryCli.Run list = cli.run("user", "list", "--format", "csv");
        InMemoryCli.Run enabled = cli.run("user", "enable", "lamplaimat.staff");
        InMemoryCli.Run unknown = cli.run("user", "disable", "nobody");

        assertThat(disabled.exitCode()).isZero();
        assertThat(list.out().lines()).first().isEqualTo("username,person,admin,disabled,created");
        assertThat(list.out()).contains("lamplaimat.staff,BRM-LAMPLAIMAT-02,false,true,").doesNotContain("fast$");
        assertThat(enabled.out()).contains("lamplaimat.staff");
        assertThat(cli.accounts.accounts().find("lamplaimat.staff").orElseThrow().disabled()).isFalse();
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(unknown.err()).contains("[account.not-found]");
    }
}
