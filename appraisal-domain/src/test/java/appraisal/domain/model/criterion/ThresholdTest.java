package appraisal.domain.model.criterion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.shared.DomainException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThresholdTest extends CriterionContract<Threshold> {

    private static final Threshold DISBURSED_AT_LEAST_90 = new Threshold("disbursed_pct", Comparator.AT_LEAST, new BigDecimal("90"));
    private static final Threshold FEWER_THAN_5_COMPLAINTS = new Threshold("complaints", Comparator.LESS_THAN, new BigDecimal("5"));

    @Override
    protected List<Threshold> samples() {
        return List.of(
                DISBURSED_AT_LEAST_90,
                FEWER_THAN_5_COMPLAINTS,
                new Threshold("overrun_pct", Comparator.AT_MOST, new BigDecimal("2.50")),
                new Threshold("news_per_month", Comparator.MORE_THAN, BigDecimal.ZERO));
    }

    @Override
    protected CriterionCodec codec() {
        return new CriterionCodec(List.of());
    }

    @Test
    void disbursing89Point99PercentDoesNotMeetATargetOf90() {
        assertThat(DISBURSED_AT_LEAST_90.evaluate(Facts.of("disbursed_pct", FactValue.of("89.99"))).outcome())
                .isEqualTo(Verdict.Outcome.NOT_MET);
    }

    @Test
    void disbursingExactly90PercentMeetsItWhateverTheScale() {
        assertThat(DISBURSED_AT_LEAST_90.evaluate(Facts.of("disbursed_pct", FactValue.of("90"))).isMet()).isTrue();
        assertThat(DISBURSED_AT_LEAST_90.evaluate(Facts.of("disbursed_pct", FactValue.of("90.000"))).isMet()).isTrue();
    }

    @Test
    void anUnreportedValueIsUnknownAndNamesTheFact() {
        Verdict v = DISBURSED_AT_LEAST_90.evaluate(Facts.of("something_else", FactValue.of("95")));

        assertThat(v.isUnknown()).isTrue();
        assertThat(v.missingFacts()).containsExactly("disbursed_pct");
    }

    @Test
    void aValueOfTheWrongTypeIsUnknownAndSaysWhatWasExpected() {
        Verdict v = DISBURSED_AT_LEAST_90.evaluate(Facts.of("disbursed_pct", FactValue.flag(true)));

        assertThat(v.isUnknown()).isTrue();
        assertThat(v.missingFacts()).containsExactly("disbursed_pct");
        assertThat(v.explanation()).contains("expected a number");
    }

    @Test
    void aStrictUpperBoundIsNotMetOnTheBoundItself() {
        assertThat(FEWER_THAN_5_COMPLAINTS.evaluate(Facts.of("complaints", FactValue.of("5"))).isNotMet()).isTrue();
        assertThat(FEWER_THAN_5_COMPLAINTS.evaluate(Facts.of("complaints", FactValue.of("4.99"))).isMet()).isTrue();
    }

    @Test
    void theComparatorDecidesWhichWayIsBetter() {
        assertThat(DISBURSED_AT_LEAST_90.directions()).containsExactly(java.util.Map.entry("disbursed_pct", Direction.HIGHER_IS_BETTER));
        assertThat(FEWER_THAN_5_COMPLAINTS.directions()).containsExactly(java.util.Map.entry("complaints", Direction.LOWER_IS_BETTER));
    }

    @Test
    void anUnknownOperatorIsRefusedAtItsPointer() {
        Node.Obj tree = Node.obj().put("kind", "threshold").put("fact", "disbursed_pct").put("op", "=>").put("target", 90).build();

        assertThatThrownBy(() -> codec().read(TreeCursor.root(tree)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.code()).isEqualTo("criterion.bad-operator");
                    assertThat(e.location()).isEqualTo("/op");
                });
    }
}
