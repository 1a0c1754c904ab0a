package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RubricCommandTest {

    private static final String TEAM = Path.of("../examples/buriram-2565-r2-team.yaml").toString();
    private static final String INDIVIDUAL = Path.of("../examples/buriram-2565-r2-individual.yaml").toString();
    private final InMemoryCli cli = new InMemoryCli();

    @Test
    void linting_the_individual_indicators_reports_the_source_documents_defects_and_exits_1() {
        InMemoryCli.Run run = cli.run("rubric", "lint", INDIVIDUAL, "--format", "json");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("\"code\" : \"section.weights-not-100\"")
                .contains("\"code\" : \"step.date-outside-round\"")
                .contains("\"code\" : \"threshold.direction-flip\"")
                .contains("buriram-2565-r2-individual.yaml:");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void importing_the_team_indicators_stores_eight_versions_once() {
        InMemoryCli.Run first = cli.run("rubric", "import", TEAM, "--format", "csv");
        InMemoryCli.Run again = cli.run("rubric", "import", TEAM, "--format", "csv");

        assertThat(first.exitCode()).isZero();
        assertThat(first.out().lines()).hasSize(9).first().isEqualTo("code,version,new,section,weight,title");
        assertThat(first.out()).contains("T5,1,true,team,10,");
        assertThat(again.out()).contains("T5,1,false,team,10,");
    }

    @Test
    void a_malformed_rubric_gives_exit_2_with_file_line_and_column_and_stores_nothing(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(TEAM)).replaceFirst("op: '>='", "op: '=>'"));

        InMemoryCli.Run run = cli.run("rubric", "import", bad.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("appraisal: error [criterion.bad-operator] " + bad + ":").contains("=>");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(cli.run("rubric", "export").exitCode()).isZero();
        assertThat(cli.run("rubric", "export", "T1").exitCode()).isEqualTo(3);
    }

    @Test
    void a_rubric_can_be_read_from_standard_input() throws Exception {
        InMemoryCli.Run run = cli.runWithInput(Files.readString(Path.of(TEAM)), "rubric", "validate", "-");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("<stdin>: 8 indicators, well formed");
    }

    @Test
    void a_missing_file_is_an_io_error_with_a_hint() {
        InMemoryCli.Run run = cli.run("rubric", "lint", "no-such.yaml");

        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).contains("file not found: no-such.yaml").contains("- to read standard input");
    }

    @Test
    void an_unknown_option_is_a_usage_error() {
        InMemoryCli.Run run = cli.run("rubric", "lint", "--fial-on", "error", TEAM);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("usage error");
    }
}
