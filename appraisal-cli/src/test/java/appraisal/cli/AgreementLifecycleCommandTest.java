package appraisal.cli;

import static appraisal.cli.BuriramOffice.DIRECTOR;
import static appraisal.cli.BuriramOffice.LAMPLAIMAT;
import static appraisal.cli.BuriramOffice.PROVINCIAL;
import static appraisal.cli.BuriramOffice.ROUND;
import static appraisal.cli.BuriramOffice.TEAM_RUBRIC;
import static appraisal.cli.Scenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source document's story told on the command line, as a province office would run it: a
 * district head's agreement drafted from the example team rubric, signed by both, results
 * reported (Thai digits and Buddhist-era dates included), self-assessed, evaluated with one level
 * overridden, acknowledged, reviewed by the evaluator's supervisor and closed; then the score.
 */
class AgreementLifecycleCommandTest {

    /** Reads numbers as written: 76.00 stays 76.00, so the tests see the scale the form prints. */
    static final ObjectMapper JSON = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    private final InMemoryCli cli = new InMemoryCli();

    @TempDir
    Path dir;

    @BeforeEach
    void organisation() {
        BuriramOffice.setUp(cli);
    }

    private void report(String id, String item, String... facts) {
        List<String> args = new ArrayList<>(List.of("result", "record", id, item));
        args.addAll(List.of(facts));
        args.addAll(List.of("--as", LAMPLAIMAT));
        ok(cli, args.toArray(String[]::new));
    }

    @Test
    void a_district_head_goes_from_the_example_rubric_to_a_closed_appraisal_scored_as_worked_out_by_hand() throws Exception {
        // 1. Drafted from the rubric file; the evaluator is the appraisee's supervisor; a six-person office.
        InMemoryCli.Run draft = cli.run("agreement", "draft", "--round", ROUND, "--appraisee", LAMPLAIMAT,
                "--rubric", TEAM_RUBRIC, "--context", "office.headcount=๖");
        assertThat(draft.exitCode()).as(draft.err()).isZero();
        String id = draft.out().strip();
        assertThat(id).isEqualTo("AG-1");
        JsonNode drafted = JSON.readTree(ok(cli, "agreement", "show", id, "--format", "json"));
        assertThat(drafted.get("evaluator").asText()).isEqualTo(PROVINCIAL);
        assertThat(drafted.get("context").asText()).isEqualTo("office.headcount=6");
        assertThat(drafted.get("items")).extracting(i -> i.get("item").asText() + "@" + i.get("weight").decimalValue().toPlainString())
                .containsExactly("T1@15.00", "T2@15.00", "T3@10.00", "T4@15.00", "T5@10.00", "T6@15.00", "T7@10.00", "T8@10.00");

        // 2. Signed twice: agreed only after the second signature.
        assertThat(ok(cli, "agreement", "sign", id, "--as", LAMPLAIMAT)).contains("status DRAFT");
        assertThat(ok(cli, "agreement", "sign", id, "--as", PROVINCIAL)).contains("status AGREED");

        // 3. Results, as the district reported them at the end of the round.
        Path letter = Files.writeString(dir.resolve("t3-report.txt"), "รายงานผลการเสริมสร้างความโปร่งใส");
        report(id, "T1", "budget.disbursed_pct=๙๖.๕", "budget.loan_evidence_complete=done");
        report(id, "T2", "plan.achieved_pct=91");
        report(id, "T3", "transparency.activities_done=done", "transparency.published=done", "transparency.summarised=done",
                "transparency.reported=done", "transparency.evidence_sent=done 30/08/2565", "--evidence", "รายงาน=" + letter);
        report(id, "T4", "kkj.defaulted_loans_exist=ใช่", "kkj.defaulted_recovered_pct=22", "kkj.debt_report_sent=done 31/08/2565",
                "kkj.big_data_entered=done ๓๐/๐๙/๒๕๖๕");
        report(id, "T5", "pr.news_per_month=10");
        report(id, "T6", "poverty.mechanism_set_up=done", "poverty.pr_channels=4", "poverty.pr_days_per_week=3",
                "poverty.road_map_proposed=done", "poverty.database_checked=done", "poverty.tpmp_data_supplied=done",
                "poverty.logbook_problems_entered=done 12/04/2565", "poverty.logbook_summary_reported=done 20/04/2565",
                "poverty.households_checked_pct=80");
        report(id, "T7", "policy.reports_sent_pct=72");
        report(id, "T8", "garden.staff_grow_report=done", "garden.staff_checklist=done", "garden.leaders_report=done 28/04/2565",
                "garden.village_teams=done", "garden.duties_assigned=done", "garden.households_pct=83", "garden.teams_advise=done",
                "garden.learn_from_examples=done", "garden.regular_visits=done", "garden.seed_network=not-done");
        JsonNode reported = JSON.readTree(ok(cli, "score", id, "--format", "json"));
        // 4×15 + 4×15 + 5×10 + 3×15 + 3×10 + 2×15 + 5×10 + 4×10 = 365; 365 / 5 = 73.00, every item decided.
        assertThat(reported.get("achievement").decimalValue()).isEqualTo(new BigDecimal("73.00"));
        assertThat(reported.get("decided").asBoolean()).isTrue();
        assertThat(reported.has("total")).isFalse();
        ok(cli, "agreement", "submit", id, "--as", LAMPLAIMAT);

        // 4. Evaluated: T6 raised to 3 on what was seen in the field; core competencies from a file, management ones on the line.
        Path competencies = Files.writeString(dir.resolve("competencies.csv"), "code,level\n"
                + "core.achievement,3\ncore.service,๓\ncore.expertise,1\ncore.integrity,4\ncore.teamwork,2\n");
        InMemoryCli.Run evaluated = cli.run("evaluate", id, "--as", PROVINCIAL, "--override", "T6=3:ตรวจพื้นที่แล้ว ครบร้อยละ ๘๕",
                "--competencies-from", competencies.toString(), "--competency", "mgmt.leadership=1", "--competency", "mgmt.visioning=1",
                "--competency", "mgmt.strategy=2", "--competency", "mgmt.change=1", "--competency", "mgmt.self-control=1",
                "--competency", "mgmt.coaching=0");
        assertThat(evaluated.exitCode()).as(evaluated.err()).isZero();
        assertThat(evaluated.out()).contains("AG-1: evaluated").contains("รวม (total) 79.56 — ดี");

        // 5. Acknowledged by the appraisee, reviewed by the evaluator's own supervisor, closed.
        assertThat(ok(cli, "acknowledge", id, "--as", LAMPLAIMAT)).contains("status ACKNOWLEDGED");
        assertThat(ok(cli, "review", id, "--as", DIRECTOR, "--opinion", "เห็นด้วยกับผลการประเมิน")).contains("status REVIEWED");
        assertThat(ok(cli, "close", id)).contains("status CLOSED");

        // 6. The score, worked out by hand:
        //    achievement: T6 at 3 instead of 2 → 365 + 15 = 380; 380 / 5 = 76.00; × 70 % = 53.20.
        //    competencies of a D1 (core expected 3, management 1; gap points 3/2/1/0):
        //      core 3,3,1,4,2 → 3+3+1+3+2 = 12; management 1,1,2,1,1,0 → 3+3+3+3+3+2 = 17; 29 of 33 points.
        //      29 × 100 / 33 = 87.878… → 87.88;  29 × 30 / 33 = 26.363… → 26.36.
        //    total 53.20 + 26.36 = 79.56 → ดี (70 ≤ total < 80).
        JsonNode score = JSON.readTree(ok(cli, "score", id, "--format", "json"));
        assertThat(score.get("status").asText()).isEqualTo("CLOSED");
        assertThat(score.get("achievement").decimalValue()).isEqualTo(new BigDecimal("76.00"));
        assertThat(score.get("achievement_part").decimalValue()).isEqualTo(new BigDecimal("53.20"));
        assertThat(score.get("competency").decimalValue()).isEqualTo(new BigDecimal("87.88"));
        assertThat(score.get("competency_part").decimalValue()).isEqualTo(new BigDecimal("26.36"));
        assertThat(score.get("total").decimalValue()).isEqualTo(new BigDecimal("79.56"));
        assertThat(score.get("rating").asText()).isEqualTo("ดี");
        assertThat(score.get("items")).extracting(i -> i.get("item").asText() + ":" + i.get("level").asInt())
                .containsExactly("T1:4", "T2:4", "T3:5", "T4:3", "T5:3", "T6:3", "T7:5", "T8:4");
        JsonNode t6 = score.get("items").get(5);
        assertThat(t6.get("score").decimalValue()).isEqualTo(new BigDecimal("3.0000"));
        assertThat(t6.get("override").asText()).isEqualTo("3: ตรวจพื้นที่แล้ว ครบร้อยละ ๘๕");

        // 7. The trail tells the story, and the round's report carries the same numbers.
        JsonNode trail = JSON.readTree(ok(cli, "agreement", "history", id, "--format", "json"));
        List<String> types = new ArrayList<>();
        trail.forEach(e -> types.add(e.get("type").asText()));
        assertThat(types).startsWith("agreement.drafted", "agreement.signed", "agreement.signed")
                .endsWith("agreement.self-assessment-submitted", "agreement.evaluated", "agreement.acknowledged",
                        "agreement.reviewed", "agreement.closed")
                .filteredOn("agreement.result-recorded"::equals).hasSize(8);
        assertThat(trail.get(trail.size() - 2).get("actor").asText()).isEqualTo(DIRECTOR);
        assertThat(trail.get(5).get("after").get("evidence").asText()).isEqualTo("1");
        assertThat(ok(cli, "report", "--format", "csv").lines().toList()).containsExactly(
                "office,unit,person,name,position,level,agreement,status,level.T1,level.T2,level.T3,level.T4,level.T5,level.T6,level.T7,level.T8,"
                        + "achievement,competency,total,rating",
                "สำนักงานพัฒนาชุมชนอำเภอลำปลายมาศ,สำนักงานพัฒนาชุมชนอำเภอลำปลายมาศ,BRM-LPM-01,นางสาวมาลี ศรีสุข,พัฒนาการอำเภอ,D1,AG-1,CLOSED,4,4,5,3,3,3,5,4,"
                        + "76.00,87.88,79.56,ดี");
    }

    @Test
    void the_evaluator_defaults_to_the_supervisor_and_context_values_are_numbers_then_yes_no_then_choices() throws Exception {
        ok(cli, "rubric", "import", TEAM_RUBRIC);
        String id = ok(cli, "agreement", "draft", "--round", ROUND, "--appraisee", LAMPLAIMAT, "--item", "T1=60", "--item", "T2=๔๐",
                "--context", "office.headcount=๖", "--context", "kkj.defaulted_loans_exist=ใช่", "--context", "office.kind=rural").strip();

        JsonNode shown = JSON.readTree(ok(cli, "agreement", "show", id, "--format", "json"));

        assertThat(shown.get("evaluator").asText()).isEqualTo(PROVINCIAL);
        assertThat(shown.get("context").asText()).isEqualTo("office.headcount=6; kkj.defaulted_loans_exist=yes; office.kind=rural");
        assertThat(shown.get("items")).extracting(i -> i.get("section").asText() + " " + i.get("weight").decimalValue().toPlainString())
                .containsExactly("individual 60.00", "individual 40.00");
        assertThat(shown.has("achievement")).isTrue();
    }

    @Test
    void a_draft_is_edited_item_by_item_and_each_edit_withdraws_a_signature() throws Exception {
        String id = Scenario.draftOfT2(cli, LAMPLAIMAT);
        ok(cli, "agreement", "weight", id, "T2", "70");
        ok(cli, "agreement", "add-item", id, "T7=30", "--section", "team");
        ok(cli, "agreement", "sign", id, "--as", LAMPLAIMAT);
        ok(cli, "agreement", "add-item", id, "T8=10");
        ok(cli, "agreement", "remove-item", id, "T8");

        JsonNode shown = JSON.readTree(ok(cli, "agreement", "show", id, "--format", "json"));

        assertThat(shown.get("items")).extracting(i -> i.get("item").asText() + " " + i.get("section").asText() + " "
                + i.get("weight").decimalValue().toPlainString()).containsExactly("T2 team 70.00", "T7 team 30.00");
        assertThat(shown.get("signed_by").asText()).isEmpty();
        assertThat(ok(cli, "agreement", "list", "--format", "csv").lines().skip(1).toList())
                .containsExactly("AG-1,2565-2,BRM-LPM-01,นางสาวมาลี ศรีสุข,BRM-0001,DRAFT,2,100.00,6");
    }

    @Test
    void an_agreed_agreement_is_amended_with_a_reason_and_reopened_after_self_assessment() throws Exception {
        String id = Scenario.draftOfT2(cli, LAMPLAIMAT);
        ok(cli, "agreement", "sign", id, "--as", LAMPLAIMAT);
        ok(cli, "agreement", "sign", id, "--as", PROVINCIAL);

        assertThat(ok(cli, "agreement", "amend", id, "--as", PROVINCIAL, "--reason", "ปรับตามนโยบายใหม่")).contains("status DRAFT");
        ok(cli, "agreement", "sign", id, "--as", LAMPLAIMAT);
        ok(cli, "agreement", "sign", id, "--as", PROVINCIAL);
        ok(cli, "result", "record", id, "T2", "plan.achieved_pct=91", "--as", LAMPLAIMAT);
        ok(cli, "agreement", "submit", id, "--as", LAMPLAIMAT);
        assertThat(ok(cli, "reopen", id, "--as", PROVINCIAL, "--reason", "ผลยังไม่ครบ")).contains("status REOPENED");

        JsonNode trail = JSON.readTree(ok(cli, "agreement", "history", id, "--format", "json"));
        assertThat(trail.get(3).get("type").asText()).isEqualTo("agreement.amended");
        assertThat(trail.get(3).get("after").get("reason").asText()).isEqualTo("ปรับตามนโยบายใหม่");
        assertThat(trail.get(trail.size() - 1).get("after").get("reason").asText()).isEqualTo("ผลยังไม่ครบ");
    }

    @Test
    void the_evaluator_answers_the_judgement_an_indicator_leaves_to_them_and_an_override_needs_a_reason() throws Exception {
        ok(cli, "rubric", "import", TEAM_RUBRIC);
        String id = ok(cli, "agreement", "draft", "--round", ROUND, "--appraisee", LAMPLAIMAT, "--item", "T4=100").strip();
        ok(cli, "agreement", "sign", id, "--as", LAMPLAIMAT);
        ok(cli, "agreement", "sign", id, "--as", PROVINCIAL);
        // No defaulted loans: level 5 asks the evaluator whether normal recovery was adequate (its target is lost in the source).
        report(id, "T4", "kkj.defaulted_loans_exist=ไม่มี", "kkj.funds_engaged_pct=25", "kkj.normal_recovered_pct=30",
                "kkj.debt_report_sent=done 31/08/2565", "kkj.supervisors_informed=done", "kkj.big_data_entered=done 30/09/2565");
        ok(cli, "agreement", "submit", id, "--as", LAMPLAIMAT);
        JsonNode before = JSON.readTree(ok(cli, "score", id, "--format", "json")).get("items").get(0);
        assertThat(before.get("level").asInt()).isEqualTo(4);
        assertThat(before.get("decided").asBoolean()).isFalse();
        assertThat(before.get("missing_facts").asText()).isEqualTo("kkj.level5_normal_recovery_adequate");

        List<String> noReason = new ArrayList<>(List.of("evaluate", id, "--as", PROVINCIAL, "--override", "T4=5"));
        noReason.addAll(Scenario.competenciesAsExpectedOfD1());
        InMemoryCli.Run refused = cli.run(noReason.toArray(String[]::new));
        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("agreement.override-needs-reason");

        List<String> judged = new ArrayList<>(List.of("evaluate", id, "--as", PROVINCIAL, "--judge", "T4:kkj.level5_normal_recovery_adequate=ใช่"));
        judged.addAll(Scenario.competenciesAsExpectedOfD1());
        ok(cli, judged.toArray(String[]::new));
        JsonNode after = JSON.readTree(ok(cli, "score", id, "--format", "json"));
        assertThat(after.get("items").get(0).get("level").asInt()).isEqualTo(5);
        assertThat(after.get("items").get(0).get("decided").asBoolean()).isTrue();
        // 5 × 100 / 5 = 100.00 achievement; × 70 % = 70.00; every competency as expected: 30.00; total 100.00.
        assertThat(after.get("total").decimalValue()).isEqualTo(new BigDecimal("100.00"));
        assertThat(after.get("rating").asText()).isEqualTo("ดีเด่น");
    }
}
