package appraisal.domain.model.criterion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.RubricEntry;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.seed.BuriramRound2565;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The targets of a criterion as a form shows them, and the same criterion with other values. */
class TargetsTest {

    private static Indicator team(String code) {
        return BuriramRound2565.teamRubric().entry(code).orElseThrow().indicator();
    }

    @Test
    void t1_level_3_has_one_target_the_share_disbursed_and_its_step_none() {
        assertThat(Targets.of(team("T1").level(3).criterion()))
                .containsExactly(new Targets.Target("budget.disbursed_pct", ">=", "90"));
    }

    @Test
    void a_bracket_lists_each_branchs_target_in_order() {
        assertThat(Targets.of(team("T5").level(1).criterion())).extracting(Targets.Target::value).containsExactly("1", "2", "3");
    }

    @Test
    void every_level_of_the_source_document_comes_back_the_same_from_its_own_values() {
        List<RubricEntry> entries = new ArrayList<>(BuriramRound2565.teamRubric().entries());
        entries.addAll(BuriramRound2565.individualRubric().entries());
        int targets = 0;
        for (RubricEntry e : entries) {
            for (int level = 1; level <= 5; level++) {
                Criterion c = e.indicator().level(level).criterion();
                List<String> values = Targets.of(c).stream().map(Targets.Target::value).toList();
                targets += values.size();
                assertThat(Targets.with(c, values, "x")).as(e.indicator().ref() + " level " + level).isEqualTo(c);
                assertThat(Targets.with(c, Collections.nCopies(values.size(), " "), "x")).as("blank keeps").isEqualTo(c);
            }
        }
        assertThat(targets).as("the source has targets to adjust").isGreaterThan(40);
    }

    @Test
    void a_lower_target_written_in_thai_digits_is_met_by_less() {
        Criterion own = team("T1").level(3).criterion();
        Criterion local = Targets.with(own, List.of("๘๕"), "levels/3");
        Facts facts = Facts.of("budget.disbursed_pct", FactValue.of("86")).overlaidBy(Facts.of("budget.loan_evidence_complete",
                FactValue.Completion.doneUndated()));

        assertThat(own.evaluate(facts).isMet()).isFalse();
        assertThat(local.evaluate(facts).isMet()).isTrue();
        assertThat(Targets.of(local)).singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("85"));
    }

    @Test
    void a_steps_date_is_a_target_read_in_the_buddhist_era() {
        Criterion step = new StepDone("plan.reported", Optional.of(LocalDate.of(2022, 9, 2)));
        assertThat(Targets.of(step)).singleElement().satisfies(t -> assertThat(t.date()).isTrue());

        assertThat(Targets.with(step, List.of("๙ ก.ย. ๒๕๖๕"), "levels/2"))
                .isEqualTo(new StepDone("plan.reported", Optional.of(LocalDate.of(2022, 9, 9))));
    }

    @Test
    void a_value_that_is_not_a_number_is_refused_naming_its_place() {
        Criterion c = AllOf.of(new Threshold("a", Comparator.AT_LEAST, BigDecimal.ONE), new Threshold("b", Comparator.AT_MOST, BigDecimal.TEN));

        assertThatThrownBy(() -> Targets.with(c, List.of("2", "สิบ"), "levels/4"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("targets.not-a-number");
                    assertThat(e.location()).isEqualTo("levels/4/1");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                });
        assertThatThrownBy(() -> Targets.with(c, List.of("2"), "levels/4"))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("targets.count-mismatch"));
    }

    @Test
    void judgements_have_no_target() {
        assertThat(Targets.of(new Judgement("plan.quality", "แผนมีคุณภาพหรือไม่"))).isEmpty();
    }
}
