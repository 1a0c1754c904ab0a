package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code round compliance} on the in-memory clock, against the letter's deadlines (agreement
 * 31 July, self-assessment 15 September, evaluation 30 September 2022): Lam Plai Mat agrees on
 * 20 July and self-assesses on 10 September; Nang Rong agrees on 3 August; the provincial officer
 * and the work-group head have no agreement at all. Read on 20 September.
 */
class ComplianceCommandTest {

    private static final String HEADER = "person,name,office,agreement,evaluator,agreement_standing,agreement_done_on,agreement_days,"
            + "self_assessment_standing,self_assessment_done_on,self_assessment_days,evaluation_standing,evaluation_done_on,"
            + "evaluation_days";

    private final InMemoryCli cli = new InMemoryCli();

    private void at(String instant) {
        cli.clock.set(Instant.parse(instant));
    }

    @BeforeEach
    void twoDistrictsAgreeOneOnTimeOneLate() {
        BuriramOffice.setUp(cli);
        at("2022-07-20T03:00:00Z");
        String lamPlaiMat = Scenario.draftOfT2(cli, BuriramOffice.LAMPLAIMAT);
        Scenario.ok(cli, "agreement", "sign", lamPlaiMat, "--as", BuriramOffice.LAMPLAIMAT);
        Scenario.ok(cli, "agreement", "sign", lamPlaiMat, "--as", BuriramOffice.PROVINCIAL);
        at("2022-08-03T03:00:00Z");
        String nangRong = Scenario.draftOfT2(cli, BuriramOffice.NANG_RONG);
        Scenario.ok(cli, "agreement", "sign", nangRong, "--as", BuriramOffice.NANG_RONG);
        Scenario.ok(cli, "agreement", "sign", nangRong, "--as", BuriramOffice.PROVINCIAL);
        at("2022-09-10T03:00:00Z");
        Scenario.ok(cli, "result", "record", lamPlaiMat, "T2", "plan.achieved_pct=91", "--as", BuriramOffice.LAMPLAIMAT);
        Scenario.ok(cli, "agreement", "submit", lamPlaiMat, "--as", BuriramOffice.LAMPLAIMAT);
        at("2022-09-20T03:00:00Z");
    }

    @Test
    void each_person_stands_against_each_deadline_with_the_days_late_or_left() {
        InMemoryCli.Run run = cli.run("round", "compliance", "--format", "csv");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines()).containsExactly(HEADER,
                "BRM-0001,นายสมชาย ใจดี,BRM,,,LATE,,51,LATE,,5,PENDING,,10",
                "BRM-0002,นางสมศรี มีสุข,BRM,,,LATE,,51,LATE,,5,PENDING,,10",
                "BRM-LPM-01,นางสาวมาลี ศรีสุข,BRM-LPM,AG-1,BRM-0001,ON_TIME,2022-07-20,0,ON_TIME,2022-09-10,0,PENDING,,10",
                "BRM-NRG-01,นายวิชัย กล้าหาญ,BRM-NRG,AG-2,BRM-0001,DONE_LATE,2022-08-03,3,LATE,,5,PENDING,,10");
    }

    @Test
    void late_leaves_out_who_is_behind_on_nothing() {
        InMemoryCli.Run run = cli.run("round", "compliance", "--late", "--format", "csv");

        assertThat(run.out().lines()).extracting(l -> l.split(",")[0]).containsExactly("person", "BRM-0001", "BRM-0002", "BRM-NRG-01");
    }

    @Test
    void by_office_counts_each_office_per_deadline_and_standing() {
        InMemoryCli.Run run = cli.run("round", "compliance", "--by-office", "--format", "csv");

        assertThat(run.out().lines()).containsExactly("office,name,people,agreement_on_time,agreement_done_late,agreement_late,"
                        + "agreement_pending,self_assessment_on_time,self_assessment_done_late,self_assessment_late,"
                        + "self_assessment_pending,evaluation_on_time,evaluation_done_late,evaluation_late,evaluation_pending",
                "BRM,สำนักงานพัฒนาชุมชนจังหวัดบุรีรัมย์,2,0,0,2,0,0,0,2,0,0,0,0,2",
                "BRM-LPM,สำนักงานพัฒนาชุมชนอำเภอลำปลายมาศ,1,1,0,0,0,1,0,0,0,0,0,0,1",
                "BRM-NRG,สำนักงานพัฒนาชุมชนอำเภอนางรอง,1,0,1,0,0,0,0,1,0,0,0,0,1");
    }

    @Test
    void a_unit_narrows_the_listing_to_its_subtree_and_json_keeps_the_same_keys() throws Exception {
        InMemoryCli.Run run = cli.run("round", "compliance", "--unit", "BRM-NRG", "--format", "json");

        JsonNode rows = new ObjectMapper().readTree(run.out());
        assertThat(rows).hasSize(1);
        JsonNode nangRong = rows.get(0);
        assertThat(nangRong.get("person").asText()).isEqualTo("BRM-NRG-01");
        assertThat(nangRong.get("agreement_standing").asText()).isEqualTo("DONE_LATE");
        assertThat(nangRong.get("agreement_done_on").asText()).isEqualTo("2022-08-03");
        assertThat(nangRong.get("agreement_days").asInt()).isEqualTo(3);
        // Not done yet: no done_on key at all, rather than an empty one.
        assertThat(nangRong.has("self_assessment_done_on")).isFalse();
        assertThat(nangRong.get("self_assessment_days").asInt()).isEqualTo(5);
    }

    @Test
    void before_a_deadline_the_days_count_down() {
        at("2022-07-29T03:00:00Z");

        InMemoryCli.Run run = cli.run("round", "compliance", "--unit", "BRM", "--format", "csv");

        // On 29 July Nang Rong's agreement (signed on 3 August) is not done yet: two days left.
        assertThat(run.out().lines()).contains(
                "BRM-NRG-01,นายวิชัย กล้าหาญ,BRM-NRG,AG-2,BRM-0001,PENDING,,2,PENDING,,48,PENDING,,63");
    }
}
