package appraisal.domain.model.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import appraisal.domain.seed.BuriramRound2565;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The lint on the Buriram letter's own tables. Every finding expected here is a defect read in the
 * source document (positions: T1..T8 are /indicators/0..7 of the team table; P4..P12 are
 * /indicators/0..8 of the individual table).
 */
class SourceDocumentLintTest {

    private final RubricLint lint = new RubricLint();

    private static Finding at(List<Finding> findings, String code, String location) {
        return findings.stream().filter(f -> f.code().equals(code) && f.location().equals(location)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " at " + location + " in " + findings));
    }

    @Test
    void the_team_table_has_exactly_the_defects_read_in_the_letter() {
        List<Finding> findings = lint.lint(BuriramRound2565.teamRubric());

        assertThat(findings).extracting(Finding::severity, Finding::code, Finding::location).containsExactly(
                // T4 level 2 stops checking level 1's fund engagement (normal case), while scored by the highest level met.
                tuple(Severity.WARNING, "threshold.dropped", "/indicators/3/levels/1/criterion"),
                // T4 normal circulation: level 3 asks 20 %, as level 2 did.
                tuple(Severity.WARNING, "threshold.not-harder", "/indicators/3/levels/2/criterion/otherwise"),
                // T4 level 5's normal-case target is cut off in the text ("ไม่น้อย…").
                tuple(Severity.WARNING, "threshold.dropped", "/indicators/3/levels/4/criterion"),
                // T5 level 5 splits offices at 2/5 staff where levels 1–4 split at 2/4.
                tuple(Severity.WARNING, "bracket.boundaries-differ", "/indicators/4/levels/4/criterion"));
    }

    @Test
    void t5_level_5_moves_the_headcount_boundary_from_4_to_5() {
        Finding f = at(lint.lint(BuriramRound2565.teamRubric()), "bracket.boundaries-differ", "/indicators/4/levels/4/criterion");

        assertThat(f.message()).contains("T5 level 5", "> 2 and ≤ 5", "> 5", "level 1", "> 2 and ≤ 4");
    }

    @Test
    void t4_normal_circulation_targets_do_not_get_harder_and_level_5_has_none() {
        List<Finding> findings = lint.lint(BuriramRound2565.teamRubric());

        assertThat(at(findings, "threshold.not-harder", "/indicators/3/levels/2/criterion/otherwise").message())
                .contains("T4 level 3", "kkj.normal_recovered_pct >= 20", "kkj.defaulted_loans_exist otherwise", "level 2");
        assertThat(at(findings, "threshold.dropped", "/indicators/3/levels/4/criterion").message())
                .contains("T4 level 5", "kkj.normal_recovered_pct >= 25");
    }

    @Test
    void with_the_round_the_team_steps_due_on_30_september_come_after_the_self_assessment_of_15_september() {
        List<Finding> findings = new RubricLint(BuriramRound2565.round()).lint(BuriramRound2565.teamRubric());

        assertThat(findings).filteredOn(f -> f.severity() == Severity.INFO)
                .extracting(Finding::code, Finding::location).containsExactly(
                        tuple("step.due-after-self-assessment", "/indicators/3/levels/4/criterion/of/2/by"),
                        tuple("step.due-after-self-assessment", "/indicators/5/levels/4/criterion/of/3/by"),
                        tuple("step.due-after-self-assessment", "/indicators/5/levels/4/criterion/of/4/by"),
                        tuple("step.due-after-self-assessment", "/indicators/7/levels/4/criterion/of/0/by"));
    }

    @Test
    void the_individual_table_has_exactly_the_defects_read_in_the_letter() {
        List<Finding> findings = lint.lint(BuriramRound2565.individualRubric());

        assertThat(findings).extracting(Finding::severity, Finding::code, Finding::location).containsExactly(
                // Indicators 1–3 are on the missing page: 5+5+15+15+5+5+5+5+15 = 75.
                tuple(Severity.WARNING, "section.weights-not-100", "/indicators"),
                // P6 level 1 item 5: "เพิ่มขึ้นน้อยกว่าร้อยละ ๔" where level 5 reads "ไม่น้อยกว่าร้อยละ ๖".
                tuple(Severity.WARNING, "threshold.direction-flip", "/indicators/2/levels/0/criterion/of/5"),
                // P6 levels 2–4 were lost at a page break; judgements stand in for them.
                tuple(Severity.WARNING, "threshold.dropped", "/indicators/2/levels/1/criterion"),
                tuple(Severity.INFO, "level.judgement-only", "/indicators/2/levels/1/criterion"),
                tuple(Severity.INFO, "level.judgement-only", "/indicators/2/levels/2/criterion"),
                tuple(Severity.INFO, "level.judgement-only", "/indicators/2/levels/3/criterion"),
                // P6 level 5 still asks for "ไม่น้อยกว่า ๑ ช่องทาง" online, as level 1 did.
                tuple(Severity.WARNING, "threshold.not-harder", "/indicators/2/levels/4/criterion/of/0"),
                // P7 level 2 (records correct, complete, current) is the evaluator's call.
                tuple(Severity.INFO, "level.judgement-only", "/indicators/3/levels/1/criterion"),
                // P8: budget spent 98.00 % at levels 3 and 4; collection 100 % of target at levels 4 and 5.
                tuple(Severity.WARNING, "threshold.not-harder", "/indicators/4/levels/3/criterion/of/1"),
                tuple(Severity.WARNING, "threshold.not-harder", "/indicators/4/levels/4/criterion/of/0"),
                // P9: publicity 2 days a week at level 3, as at level 2.
                tuple(Severity.WARNING, "threshold.not-harder", "/indicators/5/levels/2/criterion/of/1"),
                // P11 level 2: data updated before 31 ธันวาคม ๒๕๖๕, three months after the round.
                tuple(Severity.WARNING, "step.date-outside-round", "/indicators/7/levels/1/criterion/of/0/by"),
                // P11: levels 4 and 5 both ask 3 % of households (10,033 uses).
                tuple(Severity.WARNING, "threshold.not-harder", "/indicators/7/levels/4/criterion/of/0"));
    }

    @Test
    void p6_level_1_reads_sales_growth_as_less_than_4_percent() {
        Finding f = at(lint.lint(BuriramRound2565.individualRubric()), "threshold.direction-flip", "/indicators/2/levels/0/criterion/of/5");

        assertThat(f.message()).contains("P6 level 1", "otop.sales_growth_pct", "< 4", "level 5 >= 6");
    }

    @Test
    void p11_update_due_before_31_december_2565_falls_outside_the_round() {
        Finding f = at(lint.lint(BuriramRound2565.individualRubric()), "step.date-outside-round", "/indicators/7/levels/1/criterion/of/0/by");

        assertThat(f.message()).contains("P11 level 2", "2022-12-30", "round 2 of FY 2565", "2022-09-30");
    }

    @Test
    void p11_levels_4_and_5_ask_the_same_target() {
        Finding f = at(lint.lint(BuriramRound2565.individualRubric()), "threshold.not-harder", "/indicators/7/levels/4/criterion/of/0");

        assertThat(f.message()).contains("P11 level 5", "click.household_use_pct >= 3", "level 4");
    }

    @Test
    void the_individual_weights_sum_to_75() {
        Finding f = at(lint.lint(BuriramRound2565.individualRubric()), "section.weights-not-100", "/indicators");

        assertThat(f.message()).contains("individual", "75");
    }

    @Test
    void nothing_in_either_table_makes_scoring_ambiguous() {
        assertThat(lint.lint(BuriramRound2565.teamRubric())).noneMatch(f -> f.severity() == Severity.ERROR);
        assertThat(lint.lint(BuriramRound2565.individualRubric())).noneMatch(f -> f.severity() == Severity.ERROR);
    }
}
