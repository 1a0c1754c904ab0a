package appraisal.domain.model.criterion;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnyOfTest extends CriterionContract<AnyOf> {

    private static final AnyOf TARGET_OR_PLAN = AnyOf.of(
            new Threshold("disbursed_pct", Comparator.AT_LEAST, new BigDecimal("90")),
            StepDone.by("recovery_plan_sent", LocalDate.of(2022, 9, 2)));

    @Override
    protected List<AnyOf> samples() {
        return List.of(
                TARGET_OR_PLAN,
                AnyOf.of(AllOfTest.POVERTY_LEVEL_3, new Judgement("exempted", "Is the office exempted this round?")),
                AnyOf.of(new Threshold("late_reports", Comparator.AT_MOST, BigDecimal.ONE),
                        new Threshold("late_reports", Comparator.LESS_THAN, new BigDecimal("3"))));
    }

    @Override
    protected CriterionCodec codec() {
        return new CriterionCodec(List.of());
    }

    @Test
    void isMetByOneMetItemWhileAnotherIsUnknown() {
        Verdict v = TARGET_OR_PLAN.evaluate(Facts.of("disbursed_pct", FactValue.of("91")));

        assertThat(v.isMet()).isTrue();
        assertThat(v.missingFacts()).isEmpty();
    }

    @Test
    void isNotMetWhenNoItemIsMet() {
        Facts facts = Facts.of(Map.of(
                "disbursed_pct", FactValue.of("60"),
                "recovery_plan_sent", FactValue.Completion.doneOn(LocalDate.of(2022, 9, 30))));

        assertThat(TARGET_OR_PLAN.evaluate(facts).isNotMet()).isTrue();
    }

    @Test
    void isUnknownWhenTheItemsNotMetLeaveAnUndecidedOne() {
        Verdict v = TARGET_OR_PLAN.evaluate(Facts.of("disbursed_pct", FactValue.of("60")));

        assertThat(v.isUnknown()).isTrue();
        assertThat(v.missingFacts()).containsExactly("recovery_plan_sent");
    }

    @Test
    void keepsADirectionEveryItemAgreesOn() {
        assertThat(samples().get(2).directions()).containsExactly(Map.entry("late_reports", Direction.LOWER_IS_BETTER));
    }
}
