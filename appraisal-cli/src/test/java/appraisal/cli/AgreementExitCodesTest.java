package appraisal.cli;

import static appraisal.cli.BuriramOffice.LAMPLAIMAT;
import static appraisal.cli.BuriramOffice.NANG_RONG;
import static appraisal.cli.BuriramOffice.PROVINCIAL;
import static appraisal.cli.BuriramOffice.ROUND;
import static appraisal.cli.BuriramOffice.WORK_GROUP_HEAD;
import static appraisal.cli.Scenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every documented exit code, each from the situation a user would meet it in, with one line on stderr. */
class AgreementExitCodesTest {

    private final InMemoryCli cli = new InMemoryCli();

    @BeforeEach
    void organisation() {
        BuriramOffice.setUp(cli);
    }

    private static void assertOneErrorLine(InMemoryCli.Run run, int exitCode, String code) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err()).startsWith("appraisal: error [" + code + "] ");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void exit_0_when_the_command_does_what_was_asked() {
        String id = Scenario.draftOfT2(cli, LAMPLAIMAT);

        InMemoryCli.Run run = cli.run("agreement", "sign", id, "--as", LAMPLAIMAT);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("AG-1: signed by BRM-LPM-01; status DRAFT, version 2\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void exit_1_when_a_rule_refuses_signing_weights_that_do_not_sum_to_100() {
        ok(cli, "rubric", "import", BuriramOffice.TEAM_RUBRIC);
        String id = ok(cli, "agreement", "draft", "--round", ROUND, "--appraisee", LAMPLAIMAT, "--item", "T1=60").strip();

        InMemoryCli.Run run = cli.run("agreement", "sign", id, "--as", LAMPLAIMAT);

        assertOneErrorLine(run, 1, "agreement.weights-not-100");
        assertThat(run.err()).contains("60.00");
    }

    @Test
    void exit_1_when_someone_other_than_the_evaluators_supervisor_reviews() {
        String id = Scenario.evaluatedT2(cli, LAMPLAIMAT);
        ok(cli, "acknowledge", id, "--as", LAMPLAIMAT);

        InMemoryCli.Run run = cli.run("review", id, "--as", WORK_GROUP_HEAD, "--opinion", "เห็นด้วย");

        assertOneErrorLine(run, 1, "authority.not-allowed");
        assertThat(run.err()).contains(BuriramOffice.DIRECTOR);
    }

    @Test
    void exit_1_when_the_evaluation_leaves_out_a_competency_and_nothing_is_evaluated() {
        String id = Scenario.selfAssessedT2(cli, NANG_RONG);

        InMemoryCli.Run run = cli.run("evaluate", id, "--as", PROVINCIAL, "--competency", "core.achievement=3");

        assertOneErrorLine(run, 1, "competency.missing");
        assertThat(ok(cli, "agreement", "list", "--format", "csv")).contains(",SELF_ASSESSED,");
    }

    @Test
    void exit_2_for_a_fact_the_items_indicator_does_not_declare_naming_the_ones_it_does() {
        String id = Scenario.draftOfT2(cli, LAMPLAIMAT);
        ok(cli, "agreement", "sign", id, "--as", LAMPLAIMAT);
        ok(cli, "agreement", "sign", id, "--as", PROVINCIAL);

        InMemoryCli.Run run = cli.run("result", "record", id, "T2", "plan.achieved=91", "--as", LAMPLAIMAT);

        assertOneErrorLine(run, 2, "fact.undeclared");
        assertThat(run.err()).contains("'plan.achieved'").contains("its facts are plan.achieved_pct");
    }

    @Test
    void exit_2_for_a_value_the_fact_cannot_take_and_for_a_missing_actor() {
        String id = Scenario.draftOfT2(cli, LAMPLAIMAT);
        ok(cli, "agreement", "sign", id, "--as", LAMPLAIMAT);
        ok(cli, "agreement", "sign", id, "--as", PROVINCIAL);

        InMemoryCli.Run badValue = cli.run("result", "record", id, "T2", "plan.achieved_pct=เก้าสิบ", "--as", LAMPLAIMAT);
        cli.environment.remove("APPRAISAL_ACTOR");
        InMemoryCli.Run nobody = cli.run("agreement", "submit", id);

        assertOneErrorLine(badValue, 2, "fact.bad-value");
        assertThat(nobody.exitCode()).isEqualTo(2);
        assertThat(nobody.err()).contains("--as PERSON");
    }

    @Test
    void exit_3_for_an_agreement_or_item_that_does_not_exist() {
        String id = Scenario.draftOfT2(cli, LAMPLAIMAT);

        assertOneErrorLine(cli.run("agreement", "show", "AG-404"), 3, "agreement.not-found");
        InMemoryCli.Run noItem = cli.run("result", "record", id, "T9", "x=1", "--as", LAMPLAIMAT);
        assertOneErrorLine(noItem, 3, "agreement.item-not-found");
        assertThat(noItem.err()).contains("its items are T2");
        assertOneErrorLine(cli.run("score", "--round", "2599-1"), 3, "round.not-found");
    }

    @Test
    void exit_4_when_the_agreement_changed_since_the_version_given_and_it_stays_unsigned() {
        String id = Scenario.draftOfT2(cli, LAMPLAIMAT);
        ok(cli, "agreement", "weight", id, "T2", "100", "--version", "1");

        InMemoryCli.Run stale = cli.run("agreement", "sign", id, "--as", LAMPLAIMAT, "--version", "1");

        assertOneErrorLine(stale, 4, "agreement.stale-version");
        assertThat(stale.err()).contains("version 2, not 1");
        assertThat(ok(cli, "agreement", "show", id, "--format", "json")).contains("\"signed_by\" : \"\"");
    }

    @Test
    void every_command_explains_itself_with_help() {
        InMemoryCli.Run run = cli.run("result", "import", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: appraisal result import").contains("agreement,item,fact,value");
    }
}
