package appraisal.cli;

import static appraisal.cli.AgreementLifecycleCommandTest.JSON;
import static appraisal.cli.BuriramOffice.DIRECTOR;
import static appraisal.cli.BuriramOffice.NANG_RONG;
import static appraisal.cli.BuriramOffice.PROVINCIAL;
import static appraisal.cli.BuriramOffice.WORK_GROUP_HEAD;
import static appraisal.cli.Scenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An appraisee who will not sign: the evaluator records the notification before a witness, and the appraisal goes on. */
class AcknowledgeCommandTest {

    private final InMemoryCli cli = new InMemoryCli();
    private String id;

    @BeforeEach
    void anEvaluatedAgreement() {
        BuriramOffice.setUp(cli);
        id = Scenario.evaluatedT2(cli, NANG_RONG);
    }

    @Test
    void a_refusal_is_recorded_by_the_evaluator_with_a_witness_and_can_be_reviewed_and_closed() throws Exception {
        InMemoryCli.Run refused = cli.run("acknowledge", id, "--as", PROVINCIAL, "--refused", "--witness", WORK_GROUP_HEAD,
                "--note", "แจ้งผลการประเมินแล้ว ไม่ยอมลงนาม");

        assertThat(refused.exitCode()).as(refused.err()).isZero();
        assertThat(refused.out()).contains("witnessed by BRM-0002; status REFUSED");
        JsonNode shown = JSON.readTree(ok(cli, "agreement", "show", id, "--format", "json"));
        assertThat(shown.get("acknowledgement").asText()).isEqualTo("refused");
        assertThat(shown.get("witness").asText()).isEqualTo(WORK_GROUP_HEAD);
        assertThat(shown.get("refusal_note").asText()).isEqualTo("แจ้งผลการประเมินแล้ว ไม่ยอมลงนาม");
        JsonNode trail = JSON.readTree(ok(cli, "agreement", "history", id, "--format", "json"));
        JsonNode last = trail.get(trail.size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("agreement.acknowledgement-refused");
        assertThat(last.get("actor").asText()).isEqualTo(PROVINCIAL);
        assertThat(last.get("after").get("acknowledgement").asText()).contains("witness BRM-0002");

        // The round requires the reviewer's opinion before closing, refused or not.
        assertThat(cli.run("close", id, "--as", PROVINCIAL).err()).contains("agreement.review-required");
        ok(cli, "review", id, "--as", DIRECTOR, "--opinion", "รับทราบการไม่ลงนาม");
        assertThat(ok(cli, "close", id, "--as", PROVINCIAL)).contains("status CLOSED");
    }

    @Test
    void a_refusal_needs_a_witness_who_is_neither_party() {
        InMemoryCli.Run noWitness = cli.run("acknowledge", id, "--as", PROVINCIAL, "--refused");
        InMemoryCli.Run partyWitness = cli.run("acknowledge", id, "--as", PROVINCIAL, "--refused", "--witness", NANG_RONG);
        InMemoryCli.Run appraiseeRecords = cli.run("acknowledge", id, "--as", NANG_RONG, "--refused", "--witness", WORK_GROUP_HEAD);

        assertThat(noWitness.exitCode()).isEqualTo(2);
        assertThat(noWitness.err()).contains("needs --witness");
        assertThat(partyWitness.exitCode()).isEqualTo(1);
        assertThat(partyWitness.err()).contains("agreement.witness-not-independent");
        assertThat(appraiseeRecords.exitCode()).isEqualTo(1);
        assertThat(appraiseeRecords.err()).contains("authority.own-agreement");
        assertThat(ok(cli, "agreement", "list", "--format", "csv")).contains(",EVALUATED,");
    }

    @Test
    void where_the_round_requires_a_review_an_acknowledged_appraisal_closes_only_after_it() {
        ok(cli, "acknowledge", id, "--as", NANG_RONG);

        InMemoryCli.Run required = cli.run("close", id);

        assertThat(required.exitCode()).isEqualTo(1);
        assertThat(required.err()).contains("agreement.review-required");
        assertThat(ok(cli, "review", id, "--as", DIRECTOR, "--opinion", "เห็นด้วย")).contains("status REVIEWED");
        assertThat(ok(cli, "close", id)).contains("status CLOSED");
    }
}
