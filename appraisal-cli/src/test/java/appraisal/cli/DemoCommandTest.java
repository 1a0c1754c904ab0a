package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.cli.demo.DemoAccounts;
import appraisal.domain.model.access.SessionGrant;
import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.access.Visibility;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.port.in.access.SignInCommand;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

    private final InMemoryCli cli = new InMemoryCli();

    private static Map<String, Long> statuses(String csv) {
        List<String> lines = csv.lines().skip(1).toList();
        return lines.stream().map(l -> l.split(",")[4]).collect(Collectors.groupingBy(s -> s, Collectors.counting()));
    }

    @Test
    void the_demo_tells_the_round_of_23_districts_with_every_status_a_province_follows() {
        InMemoryCli.Run run = cli.run("demo", "--format", "csv");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().skip(1)).hasSize(23).first().asString().startsWith("AG-1,BRM-MUEANG-01,");
        assertThat(run.out().lines().skip(2).findFirst()).get().asString().startsWith("AG-2,");
        assertThat(statuses(run.out())).containsEntry("CLOSED", 4L).containsEntry("REFUSED", 1L).containsEntry("AGREED", 2L)
                .containsEntry("SELF_ASSESSED", 1L).containsEntry("REVIEWED", 3L).containsEntry("ACKNOWLEDGED", 12L);
    }

    @Test
    void running_the_demo_again_changes_nothing_and_shows_the_same_scores() {
        InMemoryCli.Run first = cli.run("demo", "--format", "csv");
        int events = cli.audit.all().size();

        InMemoryCli.Run second = cli.run("demo", "--format", "csv");

        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(cli.audit.all()).hasSize(events);
    }

    @Test
    void the_demo_accounts_sign_in_with_the_published_password_and_see_their_part_of_the_province() {
        cli.run("demo");
        Application app = new Application(cli.ports, cli.clock, cli.hasher, cli.secrets);

        assertThat(app.users.users()).extracting(UserAccount::username)
                .containsExactly("admin", "buriram.head", "cdd.deputy", "lamplaimat.head", "lamplaimat.staff", "nangrong.head");
        Map<String, Visibility> scope = new java.util.HashMap<>();
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            SessionGrant grant = app.signIn.signIn(new SignInCommand(a.username(), DemoAccounts.PASSWORD.toCharArray(), "127.0.0.1"));
            scope.put(a.username(), app.visibility.visibility(grant.principal()));
        }
        PersonId napho = new PersonId("BRM-NAPHO-02");
        PersonId lamPlaiMatStaff = new PersonId("BRM-LAMPLAIMAT-05");
        assertThat(scope.get("admin").all()).isTrue();
        assertThat(scope.get("buriram.head").sees(napho)).isTrue();
        assertThat(scope.get("buriram.head").sees(lamPlaiMatStaff)).isTrue();
        assertThat(scope.get("lamplaimat.head").sees(lamPlaiMatStaff)).isTrue();
        assertThat(scope.get("lamplaimat.head").sees(napho)).isFalse();
        assertThat(scope.get("lamplaimat.staff").sees(new PersonId("BRM-LAMPLAIMAT-02"))).isTrue();
        assertThat(scope.get("lamplaimat.staff").sees(lamPlaiMatStaff)).isFalse();
        assertThat(scope.get("cdd.deputy").sees(new PersonId("BRM-0001"))).isTrue();
        assertThat(scope.get("nangrong.head").sees(new PersonId("BRM-NANGRONG-02"))).isTrue();
        assertThat(scope.get("nangrong.head").sees(lamPlaiMatStaff)).isFalse();
    }

    @Test
    void the_same_seed_gives_the_same_round() {
        InMemoryCli other = new InMemoryCli();

        assertThat(other.run("demo", "--format", "csv").out()).isEqualTo(cli.run("demo", "--format", "csv").out());
    }
}
