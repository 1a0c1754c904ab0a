package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The cascade on the command line, over the demo's Buriram office (the province, its four work
 * groups and 23 districts, each head with one to five staff): the province broadcasts the team
 * indicators to its districts, the head of Lam Plai Mat derives their four staff's agreements.
 */
class CascadeCommandTest {

    private static final String ROUND_FILE = Path.of("../examples/buriram-2565-r2-round.yaml").toString();
    private static final String INDIVIDUAL_RUBRIC = Path.of("../examples/buriram-2565-r2-individual.yaml").toString();
    /** Lam Plai Mat: the 10th district of the demo, head and four staff (02–05). */
    private static final String LAMPLAIMAT = "BRM-LAMPLAIMAT";

    private final InMemoryCli cli = new InMemoryCli();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void theDemoOfficeIsRegisteredAndTheRoundOpen() {
        appraisal.cli.demo.BuriramOffice office = new appraisal.cli.demo.BuriramOffice(2565);
        office.units().forEach(cli.ports.units()::save);
        office.people().forEach(cli.ports.people()::save);
        Scenario.ok(cli, "round", "open", ROUND_FILE);
        Scenario.ok(cli, "rubric", "import", INDIVIDUAL_RUBRIC);
        // The province head runs the cascade: head of BRM, evaluator of the district heads.
        cli.environment.put("APPRAISAL_ACTOR", "BRM-0001");
    }

    private List<String> broadcast() {
        return Scenario.ok(cli, "cascade", "broadcast", "--round", "2565-2", "--unit", "BRM", "--rubric", BuriramOffice.TEAM_RUBRIC,
                "--section", "team", "--format", "csv").lines().toList();
    }

    private String agreementOf(List<String> broadcast, String office) {
        return broadcast.stream().filter(l -> l.startsWith(office + ",")).findFirst().orElseThrow().split(",")[2];
    }

    /** T1–T7 over the four staff, T8 to nobody; staff 02 also has an individual indicator of their own (P4). */
    private static final String PLAN_WITHOUT_T8 = """
            assignments:
              - person: BRM-LAMPLAIMAT-02
                carries:
                  - {item: T1, weight: 30}
                  - {item: T2, share: 1}
                own:
                  - {indicator: P4, share: 1}
              - person: BRM-LAMPLAIMAT-03
                carries:
                  - {item: T3, share: 1}
                  - {item: T4, share: 2}
                  - {item: T5, share: 1}
              - person: BRM-LAMPLAIMAT-04
                carries:
                  - {item: T5, share: 1}
                  - {item: T6, share: 1}
                  - {item: T7, share: 1}
              - person: BRM-LAMPLAIMAT-05
                carries:
                  - {item: T6, weight: 100}
            """;

    @Test
    void broadcast_drafts_one_agreement_per_district_head_and_a_second_run_skips_them_all() {
        List<String> first = broadcast();

        assertThat(first.get(0)).isEqualTo("office,head,agreement,outcome,headcount");
        assertThat(first.subList(1, first.size())).hasSize(23).allMatch(l -> l.contains(",DRAFTED,"))
                .noneMatch(l -> l.startsWith("BRM-COORD") || l.startsWith("BRM-INFO"));
        // Offices in code order; Ban Dan has its head and one staff, Lam Plai Mat its head and four.
        assertThat(first.get(1)).isEqualTo("BRM-BANDAN,BRM-BANDAN-01,AG-1,DRAFTED,2");
        assertThat(first).contains("BRM-LAMPLAIMAT,BRM-LAMPLAIMAT-01,AG-11,DRAFTED,5");

        List<String> second = broadcast();

        assertThat(second.subList(1, second.size())).hasSize(23).allMatch(l -> l.contains(",SKIPPED,"));
        assertThat(second.get(1)).isEqualTo("BRM-BANDAN,BRM-BANDAN-01,AG-1,SKIPPED,2");
    }

    @Test
    void a_derive_that_leaves_one_parent_item_to_nobody_is_reported_as_leaving_exactly_that_item_uncovered() throws Exception {
        String parent = agreementOf(broadcast(), LAMPLAIMAT);

        InMemoryCli.Run derive = cli.runWithInput(PLAN_WITHOUT_T8, "cascade", "derive", parent, "--plan", "-", "--format", "csv");
        InMemoryCli.Run report = cli.run("cascade", "report", parent, "--format", "json");

        assertThat(derive.exitCode()).as(derive.err()).isZero();
        assertThat(derive.out().lines()).containsExactly("person,agreement,outcome,items,weights",
                "BRM-LAMPLAIMAT-02,AG-24,DRAFTED,3,T1=30.00 T2=35.00 P4=35.00",
                "BRM-LAMPLAIMAT-03,AG-25,DRAFTED,3,T3=25.00 T4=50.00 T5=25.00",
                "BRM-LAMPLAIMAT-04,AG-26,DRAFTED,3,T5=33.34 T6=33.33 T7=33.33",
                "BRM-LAMPLAIMAT-05,AG-27,DRAFTED,1,T6=100.00");
        JsonNode r = json.readTree(report.out());
        assertThat(report.exitCode()).isZero();
        assertThat(r.get("parent").asText()).isEqualTo(parent);
        assertThat(r.get("office").asText()).isEqualTo(LAMPLAIMAT);
        assertThat(texts(r.get("uncovered"))).containsExactly("T8");
        assertThat(r.get("orphans")).isEmpty();
        assertThat(r.get("without_agreement")).isEmpty();
        JsonNode staff02 = r.get("load").get(0);
        assertThat(staff02.get("person").asText()).isEqualTo("BRM-LAMPLAIMAT-02");
        // P4 is the person's own item (no parent link), so it counts as own weight.
        assertThat(staff02.get("carried").decimalValue()).isEqualByComparingTo("65.00");
        assertThat(staff02.get("own").decimalValue()).isEqualByComparingTo("35.00");
        JsonNode t6 = r.get("items").get(5);
        assertThat(t6.get("item").asText()).isEqualTo("T6");
        assertThat(texts(t6.get("carriers"))).containsExactly("BRM-LAMPLAIMAT-04", "BRM-LAMPLAIMAT-05");
        assertThat(t6.get("carried_weight").decimalValue()).isEqualByComparingTo("133.33");
    }

    @Test
    void deriving_again_from_the_same_plan_changes_nothing() {
        String parent = agreementOf(broadcast(), LAMPLAIMAT);
        cli.runWithInput(PLAN_WITHOUT_T8, "cascade", "derive", parent, "--plan", "-");
        int events = cli.audit.all().size();

        InMemoryCli.Run again = cli.runWithInput(PLAN_WITHOUT_T8, "cascade", "derive", parent, "--plan", "-", "--format", "csv");

        assertThat(again.out().lines().skip(1)).hasSize(4).allMatch(l -> l.contains(",UNCHANGED,"));
        assertThat(cli.audit.all()).hasSize(events);
    }

    @Test
    void a_csv_plan_drafts_the_same_agreements_as_the_yaml_one() {
        String parent = agreementOf(broadcast(), LAMPLAIMAT);
        String csv = """
                person,item,indicator,section,weight,share
                BRM-LAMPLAIMAT-02,T1,,,30,
                BRM-LAMPLAIMAT-03,T3,,,,1
                BRM-LAMPLAIMAT-03,T4,,,,2
                BRM-LAMPLAIMAT-02,T2,,,,1
                BRM-LAMPLAIMAT-02,,P4,individual,,1
                BRM-LAMPLAIMAT-03,T5,,,,1
                BRM-LAMPLAIMAT-04,T5,,,,1
                BRM-LAMPLAIMAT-04,T6,,,,1
                BRM-LAMPLAIMAT-04,T7,,,,1
                BRM-LAMPLAIMAT-05,T6,,,100,
                """;

        InMemoryCli.Run derive = cli.runWithInput(csv, "cascade", "derive", parent, "--plan", "-", "--plan-format", "csv",
                "--format", "csv");

        assertThat(derive.exitCode()).as(derive.err()).isZero();
        assertThat(derive.out().lines().skip(1).map(l -> l.substring(l.indexOf(",DRAFTED,")))).containsExactly(
                ",DRAFTED,3,T1=30.00 T2=35.00 P4=35.00", ",DRAFTED,3,T3=25.00 T4=50.00 T5=25.00", ",DRAFTED,3,T5=33.34 T6=33.33 T7=33.33",
                ",DRAFTED,1,T6=100.00");
    }

    @Test
    void a_bad_value_in_a_csv_plan_is_reported_at_its_line_and_column_and_nothing_is_drafted() {
        String parent = agreementOf(broadcast(), LAMPLAIMAT);
        int events = cli.audit.all().size();
        String csv = "person,item,weight,share\nBRM-LAMPLAIMAT-02,T1,30,\nBRM-LAMPLAIMAT-02,T2,ten,\n";

        InMemoryCli.Run run = cli.runWithInput(csv, "cascade", "derive", parent, "--plan", "-", "--plan-format", "csv");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("appraisal: error [number.unreadable] <stdin>:3:22 (/assignments/0/carries/1/weight)");
        assertThat(cli.audit.all()).hasSize(events);
    }

    @Test
    void a_csv_row_with_both_an_item_and_an_indicator_is_refused_with_its_line() {
        String parent = agreementOf(broadcast(), LAMPLAIMAT);
        String csv = "person,item,indicator,weight\nBRM-LAMPLAIMAT-02,T1,,100\nBRM-LAMPLAIMAT-03,T2,P4,50\n";

        InMemoryCli.Run run = cli.runWithInput(csv, "cascade", "derive", parent, "--plan", "-", "--plan-format", "csv");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("appraisal: error <stdin>:3: give either item (a parent item carried) or indicator "
                + "(an own indicator), not both\n");
    }

    @Test
    void a_yaml_plan_error_names_file_line_and_column() {
        String parent = agreementOf(broadcast(), LAMPLAIMAT);
        String yaml = "assignments:\n  - person: BRM-LAMPLAIMAT-02\n    carries:\n      - {item: T1, weight: 30, share: 1}\n";

        InMemoryCli.Run run = cli.runWithInput(yaml, "cascade", "derive", parent, "--plan", "-");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("appraisal: error [plan.weight-or-share] <stdin>:4:9 (/assignments/0/carries/0)");
    }

    @Test
    void someone_who_does_not_report_to_the_head_is_refused_and_nothing_is_drafted() {
        String parent = agreementOf(broadcast(), LAMPLAIMAT);
        String csv = "person,item,weight\nBRM-LAMPLAIMAT-02,T1,100\nBRM-NANGRONG-02,T2,100\n";

        InMemoryCli.Run run = cli.runWithInput(csv, "cascade", "derive", parent, "--plan", "-", "--plan-format", "csv");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("[cascade.not-a-subordinate]").contains("BRM-NANGRONG-02");
        assertThat(cli.run("agreement", "list", "--appraisee", "BRM-LAMPLAIMAT-02", "--format", "csv").out().lines()).hasSize(1);
    }

    @Test
    void the_report_of_an_office_lists_who_has_no_agreement_yet() {
        broadcast();

        InMemoryCli.Run report = cli.run("cascade", "report", "--unit", LAMPLAIMAT, "--format", "csv");

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out().lines()).first().isEqualTo("part,item,person,agreement,weight,carried,own,carriers,detail");
        assertThat(report.out().lines().filter(l -> l.startsWith("no-agreement,")).map(l -> l.split(",")[2]))
                .containsExactly("BRM-LAMPLAIMAT-02", "BRM-LAMPLAIMAT-03", "BRM-LAMPLAIMAT-04", "BRM-LAMPLAIMAT-05");
        assertThat(report.out().lines().filter(l -> l.startsWith("item,"))).hasSize(8).allMatch(l -> l.endsWith(",,uncovered"));
    }

    @Test
    void the_province_rolls_up_its_districts_by_the_rule_set_on_its_own_item() throws Exception {
        String provincial = Scenario.ok(cli, "agreement", "draft", "--round", "2565-2", "--appraisee", "BRM-0001",
                "--rubric", BuriramOffice.TEAM_RUBRIC).strip();
        List<String> offices = Scenario.ok(cli, "cascade", "broadcast", "--round", "2565-2", "--unit", "BRM", "--from", provincial,
                "--parent", provincial, "--office", "BRM-BANDAN", "--office", LAMPLAIMAT, "--format", "csv").lines().toList();
        String banDan = agreementOf(offices, "BRM-BANDAN");
        String lamPlaiMat = agreementOf(offices, LAMPLAIMAT);
        String rule = Scenario.ok(cli, "cascade", "roll-up-rule", provincial, "T2", "mean-level", "--format", "csv");
        Scenario.ok(cli, "cascade", "roll-up-rule", provincial, "T1", "sum", "budget.disbursed_pct");
        for (String[] signer : new String[][] {{banDan, "BRM-BANDAN-01"}, {lamPlaiMat, "BRM-LAMPLAIMAT-01"}}) {
            Scenario.ok(cli, "agreement", "sign", signer[0], "--as", signer[1]);
            Scenario.ok(cli, "agreement", "sign", signer[0], "--as", "BRM-0001");
        }
        Scenario.ok(cli, "result", "record", banDan, "T2", "plan.achieved_pct=91", "--as", "BRM-BANDAN-01");
        Scenario.ok(cli, "result", "record", lamPlaiMat, "T2", "plan.achieved_pct=100", "--as", "BRM-LAMPLAIMAT-01");
        Scenario.ok(cli, "result", "record", banDan, "T1", "budget.disbursed_pct=96.5", "budget.loan_evidence_complete=done",
                "--as", "BRM-BANDAN-01");

        JsonNode r = json.readTree(Scenario.ok(cli, "cascade", "rollup", provincial, "--format", "json"));
        InMemoryCli.Run csv = cli.run("cascade", "rollup", provincial, "--format", "csv");
        InMemoryCli.Run table = cli.run("cascade", "rollup", provincial);

        assertThat(rule).isEqualTo("agreement,status,version,revision\n" + provincial + ",DRAFT,2,1\n");
        JsonNode t1 = r.get("items").get(0);
        JsonNode t2 = r.get("items").get(1);
        assertThat(t2.get("rule").asText()).isEqualTo("mean-level");
        assertThat(t2.get("children")).hasSize(2);
        assertThat(t2.get("children").get(0).get("level").asInt()).isEqualTo(4);
        assertThat(t2.get("children").get(1).get("level").asInt()).isEqualTo(5);
        assertThat(t2.get("value").decimalValue()).isEqualByComparingTo("4.50");
        assertThat(t2.get("complete").asBoolean()).isTrue();
        assertThat(t1.get("rule").asText()).isEqualTo("sum budget.disbursed_pct");
        assertThat(t1.get("value").decimalValue()).isEqualByComparingTo("96.5");
        assertThat(t1.get("complete").asBoolean()).isFalse();
        assertThat(texts(t1.get("missing"))).containsExactly("BRM-LAMPLAIMAT-01");
        assertThat(csv.out().lines()).contains("rolled-up,T2,mean-level," + provincial + ",,,,,,,4.50,true,",
                "rolled-up,T1,sum budget.disbursed_pct," + provincial + ",,,,,,,96.5,false,BRM-LAMPLAIMAT-01");
        assertThat(table.out()).contains("(rolled up)").contains("4.50").contains("96.5*");
    }

    @Test
    void a_roll_up_rule_needing_a_fact_without_one_is_a_usage_error() {
        String provincial = Scenario.ok(cli, "agreement", "draft", "--round", "2565-2", "--appraisee", "BRM-0001",
                "--rubric", BuriramOffice.TEAM_RUBRIC).strip();

        InMemoryCli.Run run = cli.run("cascade", "roll-up-rule", provincial, "T1", "sum");
        InMemoryCli.Run bad = cli.run("cascade", "roll-up-rule", provincial, "T1", "average");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("[rollup.fact-missing]");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("mean-level, min-level, sum FACT, all-done FACT or none");
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
