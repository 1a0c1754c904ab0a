package appraisal.cli;

import static appraisal.cli.BuriramOffice.DIRECTOR;
import static appraisal.cli.BuriramOffice.LAMPLAIMAT;
import static appraisal.cli.BuriramOffice.PROVINCIAL;
import static appraisal.cli.BuriramOffice.ROUND;
import static appraisal.cli.Scenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The authority on the command line: {@code --as} names who acts, and the same table decides as for
 * anyone on the page or the API — a refusal is exit 1 with its code; {@code --as user:NAME} acts
 * with an administrator's account and the trail says so. Cells of the domain's matrix, sampled.
 */
class CliAuthorityTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final InMemoryCli cli = new InMemoryCli();
    private String id;

    @BeforeEach
    void aDistrictHeadsAgreementAcknowledged() {
        BuriramOffice.setUp(cli);
        ok(cli, "rubric", "import", BuriramOffice.TEAM_RUBRIC);
        id = ok(cli, "agreement", "draft", "--round", ROUND, "--appraisee", LAMPLAIMAT, "--as", PROVINCIAL,
                "--item", "T2=100", "--section", "team").strip();
        ok(cli, "agreement", "sign", id, "--as", LAMPLAIMAT);
        ok(cli, "agreement", "sign", id, "--as", PROVINCIAL);
        ok(cli, "result", "record", id, "T2", "plan.achieved_pct=91", "--as", LAMPLAIMAT);
        ok(cli, "agreement", "submit", id, "--as", LAMPLAIMAT);
        ok(cli, "evaluate", id, "--as", PROVINCIAL, "--competency", "core.achievement=3", "--competency", "core.service=3",
                "--competency", "core.expertise=3", "--competency", "core.integrity=3", "--competency", "core.teamwork=3",
                "--competency", "mgmt.leadership=1", "--competency", "mgmt.visioning=1", "--competency", "mgmt.strategy=1",
                "--competency", "mgmt.change=1", "--competency", "mgmt.self-control=1", "--competency", "mgmt.coaching=1");
        ok(cli, "acknowledge", id, "--as", LAMPLAIMAT);
    }

    private String show() {
        return ok(cli, "agreement", "show", id, "--format", "json");
    }

    @Test
    void the_appraisee_may_neither_close_nor_reopen_their_own_appraisal() {
        String before = show();

        InMemoryCli.Run close = cli.run("close", id, "--as", LAMPLAIMAT);
        InMemoryCli.Run reopen = cli.run("reopen", id, "--as", LAMPLAIMAT, "--reason", "ขอแก้ผล");

        assertThat(close.exitCode()).isEqualTo(1);
        assertThat(close.err()).contains("[authority.own-agreement]").contains(LAMPLAIMAT + " is the appraisee of agreement " + id);
        assertThat(reopen.exitCode()).isEqualTo(1);
        assertThat(reopen.err()).contains("[authority.own-agreement]");
        assertThat(show()).isEqualTo(before);
    }

    @Test
    void the_review_policy_is_the_rounds_so_the_evaluator_closes_only_after_the_review() {
        InMemoryCli.Run early = cli.run("close", id, "--as", PROVINCIAL);
        assertThat(early.exitCode()).isEqualTo(1);
        assertThat(early.err()).contains("[agreement.review-required]");
        assertThat(cli.run("close", id, "--as", PROVINCIAL, "--no-review").exitCode()).as("the request cannot waive it").isEqualTo(2);

        ok(cli, "review", id, "--as", DIRECTOR, "--opinion", "เห็นด้วย");
        assertThat(ok(cli, "close", id, "--as", PROVINCIAL)).contains("status CLOSED");
    }

    @Test
    void after_the_evaluation_deadline_only_an_administrators_account_reopens_and_the_trail_names_it() throws Exception {
        cli.clock.set(Instant.parse("2022-10-03T02:00:00Z"));
        ok(cli, "user", "add", "admin", "--admin", "--generate");

        InMemoryCli.Run late = cli.run("reopen", id, "--as", PROVINCIAL, "--reason", "ทบทวน");
        assertThat(late.exitCode()).isEqualTo(1);
        assertThat(late.err()).contains("[authority.after-evaluation-period]");
        InMemoryCli.Run unknown = cli.run("reopen", id, "--as", "user:nobody", "--reason", "ทบทวน");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("no enabled administrator account 'nobody'");

        assertThat(ok(cli, "reopen", id, "--as", "user:admin", "--reason", "คำสั่งผู้ว่าราชการจังหวัด")).contains("status REOPENED");
        JsonNode trail = JSON.readTree(ok(cli, "agreement", "history", id, "--format", "json"));
        JsonNode last = trail.get(trail.size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("agreement.reopened");
        assertThat(last.get("actor").asText()).isEqualTo("user:admin");
        assertThat(last.get("after").get("authority").asText()).isEqualTo("administrator");
    }

    @Test
    void acting_on_an_agreement_needs_someone_named_with_as() {
        cli.environment.remove("APPRAISAL_ACTOR");
        InMemoryCli.Run nobody = cli.run("close", id);

        assertThat(nobody.exitCode()).isEqualTo(2);
        assertThat(nobody.err()).contains("--as");
    }

    @Test
    void an_appraisee_cannot_answer_the_evaluators_judgement_through_a_result() {
        String other = ok(cli, "agreement", "draft", "--round", ROUND, "--appraisee", BuriramOffice.NANG_RONG, "--as", PROVINCIAL,
                "--item", "T4=100", "--section", "team").strip();
        ok(cli, "agreement", "sign", other, "--as", BuriramOffice.NANG_RONG);
        ok(cli, "agreement", "sign", other, "--as", PROVINCIAL);

        InMemoryCli.Run judged = cli.run("result", "record", other, "T4", "kkj.level5_normal_recovery_adequate=yes",
                "--as", BuriramOffice.NANG_RONG);

        assertThat(judged.exitCode()).isEqualTo(1);
        assertThat(judged.err()).contains("[authority.judgement-is-evaluators]").contains("kkj.level5_normal_recovery_adequate");
    }
}
