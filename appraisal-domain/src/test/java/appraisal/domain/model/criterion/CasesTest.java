package appraisal.domain.model.criterion;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CasesTest extends CriterionContract<Cases> {

    /** Defaulted loans exist: recover at least 15 %; otherwise at least 20 %. */
    private static final Cases LOAN_RECOVERY = new Cases("loans_defaulted",
            ImmutableList.of(new Cases.Case(FactValue.flag(true),
                    new Threshold("recovered_pct", Comparator.AT_LEAST, new BigDecimal("15")))),
            Optional.of(new Threshold("recovered_pct", Comparator.AT_LEAST, new BigDecimal("20"))));

    private static final Cases BY_OFFICE_TYPE = new Cases("office_type",
            ImmutableList.of(
                    new Cases.Case(new FactValue.Choice("province"), new Threshold("visits", Comparator.AT_LEAST, new BigDecimal("12"))),
                    new Cases.Case(new FactValue.Choice("district"), StepDone.of("visit_plan_sent"))),
            Optional.empty());

    @Override
    protected List<Cases> samples() {
        return List.of(
                LOAN_RECOVERY,
                BY_OFFICE_TYPE,
                new Cases("round", ImmutableList.of(
                        new Cases.Case(FactValue.of("1"), new Threshold("disbursed_pct", Comparator.AT_LEAST, new BigDecimal("45"))),
                        new Cases.Case(FactValue.of("2"), new Threshold("disbursed_pct", Comparator.AT_LEAST, new BigDecimal("90")))),
                        Optional.of(new Judgement("disbursement_explained", "Is the shortfall explained?"))));
    }

    @Override
    protected CriterionCodec codec() {
        return new CriterionCodec(List.of());
    }

    private static Verdict loans(boolean defaulted, String recovered) {
        return LOAN_RECOVERY.evaluate(Facts.of(Map.of(
                "loans_defaulted", FactValue.flag(defaulted), "recovered_pct", FactValue.of(recovered))));
    }

    @Test
    void withDefaultedLoansRecovering15PercentIsMet() {
        assertThat(loans(true, "15").isMet()).isTrue();
    }

    @Test
    void withoutDefaultedLoansTheOtherwiseTargetOf20Applies() {
        assertThat(loans(false, "15").isNotMet()).isTrue();
        assertThat(loans(false, "20").isMet()).isTrue();
    }

    @Test
    void anUnreportedSituationIsUnknownAndNamesItsFact() {
        Verdict v = LOAN_RECOVERY.evaluate(Facts.of("recovered_pct", FactValue.of("50")));

        assertThat(v.isUnknown()).isTrue();
        assertThat(v.missingFacts()).containsExactly("loans_defaulted");
    }

    @Test
    void aSituationNoCaseNamesIsUnknownWithNothingMissingWhenThereIsNoOtherwise() {
        Verdict v = BY_OFFICE_TYPE.evaluate(Facts.of("office_type", new FactValue.Choice("department")));

        assertThat(v.isUnknown()).isTrue();
        assertThat(v.missingFacts()).isEmpty();
        assertThat(v.explanation()).contains("department");
    }

    @Test
    void theSituationFactHasNoDirectionButTheMeasuredOneKeepsIts() {
        assertThat(LOAN_RECOVERY.directions()).containsExactly(Map.entry("recovered_pct", Direction.HIGHER_IS_BETTER));
    }

    @Test
    void aNumericCaseMatchesTheSameNumberWrittenWithMoreDecimals() {
        Cases byStaff = new Cases("office.staff", ImmutableList.of(new Cases.Case(FactValue.of("1"),
                new Threshold("news", Comparator.AT_LEAST, BigDecimal.ONE))), Optional.empty());

        Verdict verdict = byStaff.evaluate(Facts.of(Map.of("office.staff", FactValue.of("1.0"), "news", FactValue.of("1"))));

        assertThat(verdict.outcome()).isEqualTo(Verdict.Outcome.MET);
        assertThat(FactValue.of("98.00")).isEqualTo(FactValue.of("98")).hasSameHashCodeAs(FactValue.of("98.0"));
    }
}
