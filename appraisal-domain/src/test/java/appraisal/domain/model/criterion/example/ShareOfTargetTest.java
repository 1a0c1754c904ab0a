package appraisal.domain.model.criterion.example;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.criterion.CriterionContract;
import appraisal.domain.model.criterion.FactGenerator;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.RandomFacts;
import appraisal.domain.model.criterion.Verdict;
import appraisal.domain.model.indicator.FactType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The kit applied to a plug-in kind, exactly as a department would apply it to theirs. */
class ShareOfTargetTest extends CriterionContract<ShareOfTarget> {

    private static final ShareOfTarget HELPED_80_PERCENT =
            new ShareOfTarget("households_helped", "households_surveyed", new BigDecimal("80"));

    @Override
    protected List<ShareOfTarget> samples() {
        return List.of(HELPED_80_PERCENT, new ShareOfTarget("staff_trained", "headcount", new BigDecimal("33.3")));
    }

    @Override
    protected CriterionCodec codec() {
        return CriterionCodec.withInstalledKinds();
    }

    /** The kit cannot guess a plug-in's fact types, so name them. */
    @Override
    protected FactGenerator factGenerator(ShareOfTarget criterion) {
        return RandomFacts.around(criterion, codec())
                .expecting(criterion.numerator(), FactType.NUMBER)
                .expecting(criterion.denominator(), FactType.NUMBER)
                .withLandmarks(BigDecimal.TEN, new BigDecimal("100"));
    }

    private static Verdict helped(String helped, String surveyed) {
        return HELPED_80_PERCENT.evaluate(Facts.of(Map.of(
                "households_helped", FactValue.of(helped), "households_surveyed", FactValue.of(surveyed))));
    }

    @Test
    void eightOfTenIsExactly80PercentAndMeetsIt() {
        Verdict v = helped("8", "10");

        assertThat(v.isMet()).isTrue();
        assertThat(v.explanation()).contains("80 %");
    }

    @Test
    void justUnder80PercentDoesNotMeetIt() {
        assertThat(helped("7.99", "10").isNotMet()).isTrue();
        assertThat(helped("799999", "1000000").isNotMet()).isTrue();
    }

    @Test
    void aZeroOrNegativeDenominatorIsUnknownAndNamesIt() {
        assertThat(helped("5", "0").isUnknown()).isTrue();
        assertThat(helped("5", "0").missingFacts()).containsExactly("households_surveyed");
        assertThat(helped("-5", "-10").isUnknown()).isTrue();
    }

    @Test
    void aMissingDenominatorIsUnknownAndNamesIt() {
        Verdict v = HELPED_80_PERCENT.evaluate(Facts.of("households_helped", FactValue.of("8")));

        assertThat(v.isUnknown()).isTrue();
        assertThat(v.missingFacts()).containsExactly("households_surveyed");
    }
}
