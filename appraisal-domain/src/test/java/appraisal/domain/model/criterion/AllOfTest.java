package appraisal.domain.model.criterion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.shared.DomainException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllOfTest extends CriterionContract<AllOf> {

    /** Level 3 of the poverty indicator: four items, all required. */
    static final AllOf POVERTY_LEVEL_3 = AllOf.of(
            StepDone.by("households_surveyed", LocalDate.of(2022, 12, 31)),
            new Threshold("households_helped_pct", Comparator.AT_LEAST, new BigDecimal("80")),
            StepDone.of("plan_approved"),
            new Judgement("report_adequate", "รายงานผลมีคุณภาพเพียงพอหรือไม่"));

    @Override
    protected List<AllOf> samples() {
        return List.of(
                POVERTY_LEVEL_3,
                AllOf.of(new Threshold("disbursed_pct", Comparator.AT_LEAST, new BigDecimal("90")),
                        AnyOf.of(new Judgement("plan_adequate", "Is the plan adequate?"), StepDone.of("plan_revised"))),
                // the same fact read both ways: no direction survives, the rest must still hold
                AllOf.of(new Threshold("spent_pct", Comparator.AT_LEAST, new BigDecimal("50")),
                        new Threshold("spent_pct", Comparator.AT_MOST, new BigDecimal("100"))));
    }

    @Override
    protected CriterionCodec codec() {
        return new CriterionCodec(List.of());
    }

    private static Facts allFourMet() {
        return Facts.of(Map.of(
                "households_surveyed", FactValue.Completion.doneOn(LocalDate.of(2022, 12, 1)),
                "households_helped_pct", FactValue.of("85"),
                "plan_approved", FactValue.Completion.doneUndated(),
                "report_adequate", FactValue.flag(true)));
    }

    @Test
    void isMetWhenEveryItemIsMet() {
        assertThat(POVERTY_LEVEL_3.evaluate(allFourMet()).isMet()).isTrue();
    }

    @Test
    void isNotMetWhenOneItemIsNotMetEvenIfAnotherIsUnknown() {
        Facts facts = Facts.of(Map.of(
                "households_surveyed", FactValue.Completion.doneOn(LocalDate.of(2022, 12, 1)),
                "households_helped_pct", FactValue.of("79.9"),
                "plan_approved", FactValue.Completion.doneUndated()));

        assertThat(POVERTY_LEVEL_3.evaluate(facts).isNotMet()).isTrue();
    }

    @Test
    void isUnknownWhenTheOnlyUndecidedItemAwaitsTheEvaluator() {
        Facts facts = Facts.of(Map.of(
                "households_surveyed", FactValue.Completion.doneOn(LocalDate.of(2022, 12, 1)),
                "households_helped_pct", FactValue.of("85"),
                "plan_approved", FactValue.Completion.doneUndated()));

        Verdict v = POVERTY_LEVEL_3.evaluate(facts);

        assertThat(v.isUnknown()).isTrue();
        assertThat(v.missingFacts()).containsExactly("report_adequate");
    }

    @Test
    void aFactReadInOppositeDirectionsHasNoDirection() {
        assertThat(samples().get(2).directions()).isEmpty();
        assertThat(POVERTY_LEVEL_3.directions()).containsOnlyKeys("households_helped_pct");
    }

    @Test
    void anEmptyListIsRefusedAtItsPointer() {
        Node.Obj tree = Node.obj().put("kind", "all-of").put("of", Node.arr(List.of())).build();

        assertThatThrownBy(() -> codec().read(TreeCursor.root(tree)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("criterion.empty-list");
                    assertThat(e.location()).isEqualTo("/of");
                });
    }
}
