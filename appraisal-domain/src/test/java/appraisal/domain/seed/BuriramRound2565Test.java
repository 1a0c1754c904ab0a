package appraisal.domain.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import appraisal.domain.model.indicator.Rubric;
import appraisal.domain.model.indicator.RubricEntry;
import appraisal.domain.model.indicator.ScoringMethod;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.interchange.RubricCodec;
import appraisal.domain.model.interchange.RubricReading;
import appraisal.domain.model.lint.Finding;
import appraisal.domain.model.lint.RubricLint;
import appraisal.domain.model.round.DeadlineKind;
import appraisal.domain.model.round.Round;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BuriramRound2565Test {

    @Test
    void the_round_is_round_2_of_fy_2565_with_the_letters_deadlines() {
        Round round = BuriramRound2565.round();

        assertThat(round.id().value()).isEqualTo("2565-2");
        assertThat(round.start()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(round.end()).isEqualTo(LocalDate.of(2022, 9, 30));
        assertThat(round.deadlines()).extracting(d -> d.kind(), d -> d.due()).containsExactly(
                tuple(DeadlineKind.AGREEMENT, LocalDate.of(2022, 7, 31)),
                tuple(DeadlineKind.SELF_ASSESSMENT, LocalDate.of(2022, 9, 15)),
                tuple(DeadlineKind.EVALUATION, LocalDate.of(2022, 9, 30)));
        assertThat(round.scheme().levelFloor()).isEqualByComparingTo("1");
    }

    @Test
    void the_team_table_has_eight_indicators_with_the_printed_weights_and_units() {
        Rubric team = BuriramRound2565.teamRubric();

        assertThat(team.entries()).extracting(e -> e.indicator().ref().code(), RubricEntry::weight, e -> e.indicator().responsibleUnit())
                .containsExactly(
                        tuple("T1", BigDecimal.valueOf(15), "กลุ่มงานประสานฯ"),
                        tuple("T2", BigDecimal.valueOf(15), "กลุ่มงานยุทธศาสตร์ฯ"),
                        tuple("T3", BigDecimal.valueOf(10), "กลุ่มงานประสานฯ"),
                        tuple("T4", BigDecimal.valueOf(15), "กลุ่มงานสารสนเทศฯ"),
                        tuple("T5", BigDecimal.valueOf(10), "กลุ่มงานส่งเสริมฯ"),
                        tuple("T6", BigDecimal.valueOf(15), "กลุ่มงานสารสนเทศฯ"),
                        tuple("T7", BigDecimal.valueOf(10), "กลุ่มงานยุทธศาสตร์ฯ"),
                        tuple("T8", BigDecimal.valueOf(10), "กลุ่มงานส่งเสริมฯ"));
        assertThat(team.weightOf(Section.TEAM)).isEqualByComparingTo("100");
        assertThat(team.entry("T1").orElseThrow().indicator().title()).isEqualTo("ร้อยละของการใช้จ่ายเงินงบประมาณ");
        assertThat(team.entry("T3").orElseThrow().indicator().scoring()).isEqualTo(ScoringMethod.CUMULATIVE);
        assertThat(team.fiscalYear()).contains(BuriramRound2565.FISCAL_YEAR);
        assertThat(team.round()).contains(2);
    }

    @Test
    void the_individual_table_keeps_indicators_4_to_12_whose_weights_sum_to_75() {
        Rubric individual = BuriramRound2565.individualRubric();

        assertThat(individual.entries()).extracting(e -> e.indicator().ref().code(), e -> e.weight().intValueExact())
                .containsExactly(tuple("P4", 5), tuple("P5", 5), tuple("P6", 15), tuple("P7", 15), tuple("P8", 5),
                        tuple("P9", 5), tuple("P10", 5), tuple("P11", 5), tuple("P12", 15));
        assertThat(individual.weightOf(Section.INDIVIDUAL)).isEqualByComparingTo("75");
        assertThat(individual.section(Section.TEAM)).isEmpty();
    }

    @Test
    void every_level_of_every_indicator_reads_only_facts_its_indicator_declares() {
        for (Rubric rubric : new Rubric[] {BuriramRound2565.teamRubric(), BuriramRound2565.individualRubric()}) {
            for (RubricEntry entry : rubric.entries()) {
                entry.indicator().levels().forEach(level -> assertThat(level.criterion().factNames())
                        .as("%s level %s", entry.indicator().ref(), level.number())
                        .allSatisfy(fact -> assertThat(entry.indicator().fact(fact)).isPresent()));
            }
        }
    }

    @Test
    void both_rubrics_survive_a_trip_through_the_interchange_tree_unchanged() {
        RubricCodec codec = BuriramRound2565.codec();

        RubricReading team = codec.read(codec.write(BuriramRound2565.teamRubric()));
        RubricReading individual = codec.read(codec.write(BuriramRound2565.individualRubric()));

        assertThat(team.findings()).isEmpty();
        assertThat(team.rubric()).isEqualTo(BuriramRound2565.teamRubric());
        assertThat(individual.findings()).isEmpty();
        assertThat(individual.rubric()).isEqualTo(BuriramRound2565.individualRubric());
        assertThat(codec.write(team.rubric())).isEqualTo(BuriramRound2565.teamTree());
    }

    @Test
    void the_individual_table_as_printed_loses_p6_on_import_and_the_lint_still_points_into_the_printed_file() {
        RubricReading printed = BuriramRound2565.codec().read(BuriramRound2565.individualTreeAsPrinted());

        assertThat(printed.rubric().entries()).extracting(e -> e.indicator().ref().code())
                .containsExactly("P4", "P5", "P7", "P8", "P9", "P10", "P11", "P12");
        assertThat(printed.findings()).extracting(Finding::code, Finding::location)
                .containsExactly(tuple("rubric.level-order", "/indicators/2/levels/1/level"));

        var findings = new RubricLint().lint(printed.rubric(), printed.findings());

        // P8 is still at position 4 of the printed file, P11 at 7, though both moved up one in the rubric.
        assertThat(findings).extracting(Finding::code, Finding::location).contains(
                tuple("rubric.level-order", "/indicators/2/levels/1/level"),
                tuple("threshold.not-harder", "/indicators/4/levels/3/criterion/of/1"),
                tuple("step.date-outside-round", "/indicators/7/levels/1/criterion/of/0/by"));
    }
}
