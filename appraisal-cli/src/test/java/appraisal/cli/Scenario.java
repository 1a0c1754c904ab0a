package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.competency.Competency;
import java.util.ArrayList;
import java.util.List;

/** Short ways through the lifecycle on the command line, for tests about what comes after. */
final class Scenario {

    private Scenario() {
    }

    /** Runs a command that must succeed and returns what it printed. */
    static String ok(InMemoryCli cli, String... args) {
        InMemoryCli.Run run = cli.run(args);
        assertThat(run.exitCode()).as(String.join(" ", args) + "\n" + run.err()).isZero();
        return run.out();
    }

    /** A draft of T2 alone (weight 100) for a district head, evaluated by the provincial officer; returns its id. */
    static String draftOfT2(InMemoryCli cli, String appraisee) {
        ok(cli, "rubric", "import", BuriramOffice.TEAM_RUBRIC);
        return ok(cli, "agreement", "draft", "--round", BuriramOffice.ROUND, "--appraisee", appraisee,
                "--item", "T2=100", "--section", "team").strip();
    }

    /** {@link #draftOfT2} signed by both, 91 % reported (level 4) and submitted. */
    static String selfAssessedT2(InMemoryCli cli, String appraisee) {
        String id = draftOfT2(cli, appraisee);
        ok(cli, "agreement", "sign", id, "--as", appraisee);
        ok(cli, "agreement", "sign", id, "--as", BuriramOffice.PROVINCIAL);
        ok(cli, "result", "record", id, "T2", "plan.achieved_pct=91", "--as", appraisee);
        ok(cli, "agreement", "submit", id, "--as", appraisee);
        return id;
    }

    /** {@link #selfAssessedT2} evaluated with every competency of a D1 position at the level expected. */
    static String evaluatedT2(InMemoryCli cli, String appraisee) {
        String id = selfAssessedT2(cli, appraisee);
        List<String> args = new ArrayList<>(List.of("evaluate", id, "--as", BuriramOffice.PROVINCIAL));
        args.addAll(competenciesAsExpectedOfD1());
        ok(cli, args.toArray(String[]::new));
        return id;
    }

    /** {@code --competency} options: D1 is expected at core level 3 and management level 1. */
    static List<String> competenciesAsExpectedOfD1() {
        List<String> args = new ArrayList<>();
        for (Competency c : Competency.values()) {
            args.add("--competency");
            args.add(c.code() + "=" + (c.management() ? 1 : 3));
        }
        return args;
    }
}
