package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
    void the_same_seed_gives_the_same_round() {
        InMemoryCli other = new InMemoryCli();

        assertThat(other.run("demo", "--format", "csv").out()).isEqualTo(cli.run("demo", "--format", "csv").out());
    }
}
