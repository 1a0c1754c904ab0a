package appraisal.cli;

import static appraisal.cli.AgreementLifecycleCommandTest.JSON;
import static appraisal.cli.BuriramOffice.LAMPLAIMAT;
import static appraisal.cli.BuriramOffice.NANG_RONG;
import static appraisal.cli.BuriramOffice.PROVINCIAL;
import static appraisal.cli.BuriramOffice.ROUND;
import static appraisal.cli.BuriramOffice.TEAM_RUBRIC;
import static appraisal.cli.Scenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Results from a spreadsheet: every row checked before anything is recorded, and a bad row named by file and line. */
class ResultImportCommandTest {

    private final InMemoryCli cli = new InMemoryCli();

    @TempDir
    Path dir;

    @BeforeEach
    void agreedTeamAgreement() {
        BuriramOffice.setUp(cli);
        ok(cli, "agreement", "draft", "--round", ROUND, "--appraisee", LAMPLAIMAT, "--rubric", TEAM_RUBRIC);
        ok(cli, "agreement", "sign", "AG-1", "--as", LAMPLAIMAT);
        ok(cli, "agreement", "sign", "AG-1", "--as", PROVINCIAL);
    }

    private Path csv(String... lines) throws Exception {
        return Files.writeString(dir.resolve("results.csv"), String.join("\n", lines) + "\n");
    }

    private List<String> eventTypes() throws Exception {
        List<String> types = new ArrayList<>();
        JSON.readTree(ok(cli, "agreement", "history", "AG-1", "--format", "json")).forEach(e -> types.add(e.get("type").asText()));
        return types;
    }

    @Test
    void rows_are_recorded_item_by_item_with_evidence_found_beside_the_file() throws Exception {
        Files.writeString(dir.resolve("loans.pdf"), "%PDF-1.4 หลักฐานเงินยืม");
        Path file = csv("agreement,item,fact,value,evidence_name,evidence_uri",
                "AG-1,T1,budget.disbursed_pct,๙๖.๕,,",
                "AG-1,T1,budget.loan_evidence_complete,done 30/08/2565,สัญญายืมเงิน,loans.pdf",
                "AG-1,T2,plan.achieved_pct,91,,",
                "AG-1,T4,kkj.defaulted_loans_exist,ไม่มี,,");

        InMemoryCli.Run run = cli.run("result", "import", file.toString(), "--as", LAMPLAIMAT, "--format", "csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().toList()).containsExactly("agreement,item,facts,evidence", "AG-1,T1,2,1", "AG-1,T2,1,0", "AG-1,T4,1,0");
        JsonNode items = JSON.readTree(ok(cli, "agreement", "show", "AG-1", "--format", "json")).get("items");
        assertThat(items.get(0).get("facts").asText()).isEqualTo("budget.disbursed_pct=96.5; budget.loan_evidence_complete=done 2022-08-30");
        assertThat(items.get(0).get("computed_level").asInt()).isEqualTo(4);
        assertThat(items.get(3).get("facts").asText()).isEqualTo("kkj.defaulted_loans_exist=no");
        assertThat(eventTypes()).filteredOn("agreement.result-recorded"::equals).hasSize(3);
    }

    @Test
    void a_file_is_uploaded_to_the_agreement_a_web_link_is_kept_and_any_other_scheme_is_refused_recording_nothing() throws Exception {
        Path letter = Files.writeString(dir.resolve("t3-report.txt"), "รายงานผลการเสริมสร้างความโปร่งใส");

        InMemoryCli.Run recorded = cli.run("result", "record", "AG-1", "T3", "transparency.reported=done", "--evidence",
                "รายงาน=" + letter, "--evidence", "ประกาศ=https://buriram.cdd.go.th/news/2565-08", "--as", LAMPLAIMAT);
        InMemoryCli.Run script = cli.run("result", "record", "AG-1", "T3", "--evidence", "x=javascript:alert(document.cookie)",
                "--as", LAMPLAIMAT);

        assertThat(recorded.exitCode()).as(recorded.err()).isZero();
        var evidence = cli.ports.agreements().find(new appraisal.domain.model.agreement.AgreementId("AG-1")).orElseThrow()
                .result(new appraisal.domain.model.agreement.ItemId("T3")).orElseThrow().evidence();
        assertThat(evidence).extracting(e -> e.name() + " " + e.uri()).containsExactly(
                "ประกาศ https://buriram.cdd.go.th/news/2565-08",
                "รายงาน evidence:sha256:" + appraisal.domain.model.agreement.EvidenceContent.sha256(Files.readAllBytes(letter)));
        assertThat(cli.evidence.kept(new appraisal.domain.model.agreement.AgreementId("AG-1"))).singleElement()
                .satisfies(c -> assertThat(c.mediaType()).isEqualTo("text/plain"));
        assertThat(script.exitCode()).isEqualTo(2);
        assertThat(script.err()).contains("[evidence.bad-link]").contains("https: or http:");
        assertThat(eventTypes()).filteredOn("agreement.result-recorded"::equals).hasSize(1);
    }

    @Test
    void a_bad_value_on_any_row_is_named_by_file_and_line_and_nothing_is_recorded() throws Exception {
        Path file = csv("agreement,item,fact,value",
                "AG-1,T1,budget.disbursed_pct,96.5",
                "AG-1,T2,plan.achieved_pct,91",
                "AG-1,T5,pr.news_per_month,10",
                "AG-1,T7,policy.reports_sent_pct,เจ็ดสิบสอง");

        InMemoryCli.Run run = cli.run("result", "import", file.toString(), "--as", LAMPLAIMAT);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("appraisal: error [fact.bad-value] " + file + ":5: 'เจ็ดสิบสอง' is not a value of policy.reports_sent_pct");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(eventTypes()).doesNotContain("agreement.result-recorded");
    }

    @Test
    void an_undeclared_fact_an_unknown_item_or_agreement_and_a_repeated_fact_are_each_named_with_their_line() throws Exception {
        InMemoryCli.Run undeclared = cli.run("result", "import",
                csv("agreement,item,fact,value", "AG-1,T2,plan.achieved_pct,91", "AG-1,T1,budget.spent,90").toString(), "--as", LAMPLAIMAT);
        assertThat(undeclared.exitCode()).isEqualTo(2);
        assertThat(undeclared.err()).contains("results.csv:3: item T1 (T1@v1) has no fact 'budget.spent'; its facts are "
                + "budget.disbursed_pct, budget.loan_evidence_complete");

        InMemoryCli.Run noItem = cli.run("result", "import", csv("agreement,item,fact,value", "AG-1,T9,x,1").toString(), "--as", LAMPLAIMAT);
        assertThat(noItem.exitCode()).isEqualTo(3);
        assertThat(noItem.err()).contains("results.csv:2: agreement AG-1 has no item T9");

        InMemoryCli.Run noAgreement = cli.run("result", "import",
                csv("agreement,item,fact,value", "AG-1,T2,plan.achieved_pct,91", "AG-7,T2,plan.achieved_pct,91").toString(), "--as", LAMPLAIMAT);
        assertThat(noAgreement.exitCode()).isEqualTo(3);
        assertThat(noAgreement.err()).contains("results.csv:3: agreement AG-7 does not exist");

        InMemoryCli.Run twice = cli.run("result", "import",
                csv("agreement,item,fact,value", "AG-1,T2,plan.achieved_pct,91", "AG-1,T2,plan.achieved_pct,92").toString(), "--as", LAMPLAIMAT);
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("results.csv:3: fact plan.achieved_pct of AG-1 T2 is already given on line 2");

        assertThat(eventTypes()).doesNotContain("agreement.result-recorded");
    }

    @Test
    void a_misspelt_column_or_a_missing_evidence_file_is_refused_before_anything_is_recorded() throws Exception {
        InMemoryCli.Run misspelt = cli.run("result", "import", csv("agreement,item,fact,valeu", "AG-1,T2,plan.achieved_pct,91").toString(),
                "--as", LAMPLAIMAT);
        assertThat(misspelt.exitCode()).isEqualTo(2);
        assertThat(misspelt.err()).contains("results.csv:1: no column 'value'");

        InMemoryCli.Run noFile = cli.run("result", "import", csv("agreement,item,fact,value,evidence_name,evidence_uri",
                "AG-1,T2,plan.achieved_pct,91,แผน,plan.pdf").toString(), "--as", LAMPLAIMAT);
        assertThat(noFile.exitCode()).isEqualTo(2);
        assertThat(noFile.err()).contains("results.csv:2: evidence 'แผน': no file plan.pdf");

        assertThat(eventTypes()).doesNotContain("agreement.result-recorded");
    }

    @Test
    void results_from_standard_input_are_kept_with_earlier_ones_unless_replaced() throws Exception {
        ok(cli, "result", "record", "AG-1", "T1", "budget.disbursed_pct=80", "--as", LAMPLAIMAT);

        cli.runWithInput("agreement,item,fact,value\nAG-1,T1,budget.loan_evidence_complete,done\n", "result", "import", "-", "--as", LAMPLAIMAT);
        String kept = JSON.readTree(ok(cli, "agreement", "show", "AG-1", "--format", "json")).get("items").get(0).get("facts").asText();
        cli.runWithInput("agreement,item,fact,value\nAG-1,T1,budget.disbursed_pct,85\n", "result", "import", "-", "--replace", "--as", LAMPLAIMAT);
        String replaced = JSON.readTree(ok(cli, "agreement", "show", "AG-1", "--format", "json")).get("items").get(0).get("facts").asText();

        assertThat(kept).isEqualTo("budget.disbursed_pct=80; budget.loan_evidence_complete=done");
        assertThat(replaced).isEqualTo("budget.disbursed_pct=85");
    }

    @Test
    void an_agreement_that_cannot_take_results_yet_is_refused_with_its_line() throws Exception {
        ok(cli, "agreement", "draft", "--round", ROUND, "--appraisee", NANG_RONG, "--item", "T2=100");

        InMemoryCli.Run run = cli.run("result", "import", csv("agreement,item,fact,value", "AG-2,T2,plan.achieved_pct,91").toString(),
                "--as", NANG_RONG);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("[agreement.illegal-transition] " + dir.resolve("results.csv") + ":2: ")
                .contains("nothing from the file was recorded");
    }
}
