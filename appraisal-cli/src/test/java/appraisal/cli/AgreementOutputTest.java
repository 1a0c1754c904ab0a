package appraisal.cli;

import static appraisal.cli.BuriramOffice.LAMPLAIMAT;
import static appraisal.cli.BuriramOffice.NANG_RONG;
import static appraisal.cli.BuriramOffice.ROUND;
import static appraisal.cli.BuriramOffice.WORK_GROUP_HEAD;
import static appraisal.cli.Scenario.ok;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What scripts rely on (CSV headers that never move) and what people read (Thai digits when asked).
 * A changed header here is a breaking change for every script and spreadsheet that reads it.
 */
class AgreementOutputTest {

    private final InMemoryCli cli = new InMemoryCli();
    private String evaluated;

    @BeforeEach
    void oneEvaluatedAndOneDraft() {
        BuriramOffice.setUp(cli);
        evaluated = Scenario.evaluatedT2(cli, LAMPLAIMAT);
        ok(cli, "agreement", "draft", "--round", ROUND, "--appraisee", NANG_RONG, "--item", "T2=60", "--section", "team");
    }

    private String header(String... args) {
        return ok(cli, args).lines().findFirst().orElseThrow();
    }

    @Test
    void csv_headers_are_stable() {
        assertThat(header("agreement", "list", "--format", "csv"))
                .isEqualTo("agreement,round,appraisee,name,evaluator,status,items,weight,version");
        assertThat(header("agreement", "show", evaluated, "--format", "csv"))
                .isEqualTo("item,section,indicator,weight,responsible_unit,facts,computed_level,score,override");
        assertThat(header("agreement", "history", evaluated, "--format", "csv")).isEqualTo("at,actor,type,version,before,after");
        assertThat(header("agreement", "weight", "AG-2", "T2", "100", "--format", "csv")).isEqualTo("agreement,status,version,revision");
        assertThat(header("score", evaluated, "--format", "csv")).isEqualTo("item,weight,level,score,decided,missing_facts,override");
        assertThat(header("score", "--format", "csv"))
                .isEqualTo("agreement,appraisee,name,unit,status,achievement,competency,total,rating,decided,unscored");
        assertThat(header("report", "--format", "csv"))
                .isEqualTo("office,unit,person,name,position,level,agreement,status,level.T2,achievement,competency,total,rating");
    }

    @Test
    void a_round_scores_what_it_can_and_says_why_the_rest_cannot_be_scored() {
        assertThat(ok(cli, "score", "--format", "csv").lines().skip(1).toList()).containsExactly(
                "AG-1,BRM-LPM-01,นางสาวมาลี ศรีสุข,สำนักงานพัฒนาชุมชนอำเภอลำปลายมาศ,EVALUATED,80.00,100.00,86.00,ดีมาก,true,",
                "AG-2,BRM-NRG-01,นายวิชัย กล้าหาญ,สำนักงานพัฒนาชุมชนอำเภอนางรอง,DRAFT,,,,,,"
                        + "agreement.weights-not-100: item weights sum to 60.00; achievement needs exactly 100");
        assertThat(ok(cli, "report", "--format", "csv").lines().skip(1).toList()).containsExactly(
                "สำนักงานพัฒนาชุมชนอำเภอนางรอง,สำนักงานพัฒนาชุมชนอำเภอนางรอง,BRM-NRG-01,นายวิชัย กล้าหาญ,พัฒนาการอำเภอ,D1,AG-2,DRAFT,,,,,",
                "สำนักงานพัฒนาชุมชนอำเภอลำปลายมาศ,สำนักงานพัฒนาชุมชนอำเภอลำปลายมาศ,BRM-LPM-01,นางสาวมาลี ศรีสุข,พัฒนาการอำเภอ,D1,AG-1,"
                        + "EVALUATED,4,80.00,100.00,86.00,ดีมาก");
    }

    @Test
    void thai_digits_are_printed_for_people_and_never_for_scripts() {
        // T2 at 91 % reaches level 4: achievement 4 × 100 / 5 = 80.00, × 70 % = 56.00; competencies in full: 30.00; total 86.00.
        String table = ok(cli, "score", evaluated, "--thai-digits");
        String json = ok(cli, "score", evaluated, "--thai-digits", "--format", "json");

        assertThat(table).contains("๘๐.๐๐ × ๗๐% = ๕๖.๐๐").contains("รวม (total) ๘๖.๐๐ — ดีมาก").contains("๔.๐๐๐๐").doesNotContain("86.00");
        assertThat(json).contains("\"total\" : 86.00").contains("\"achievement\" : 80.00").doesNotContain("๘");
    }

    @Test
    void a_draft_prints_its_id_alone_so_scripts_can_capture_it_even_with_thai_digits() {
        InMemoryCli.Run run = cli.run("agreement", "draft", "--round", ROUND, "--appraisee", WORK_GROUP_HEAD, "--item", "T2=100",
                "--thai-digits");

        assertThat(run.out()).isEqualTo("AG-3\n");
        assertThat(ok(cli, "agreement", "show", "AG-๓")).contains("ข้อตกลง AG-3");
    }
}
