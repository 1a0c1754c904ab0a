package appraisal.domain.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.criterion.Comparator;
import appraisal.domain.model.criterion.Direction;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.Threshold;
import appraisal.domain.model.indicator.FactDeclaration;
import appraisal.domain.model.indicator.FactType;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Level;
import appraisal.domain.model.indicator.Measure;
import appraisal.domain.model.indicator.ScoringMethod;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterpolationTest {

    private static Indicator interpolated(Direction direction, int... targets) {
        Comparator op = direction == Direction.HIGHER_IS_BETTER ? Comparator.AT_LEAST : Comparator.AT_MOST;
        ImmutableList.Builder<Level> levels = ImmutableList.builder();
        for (int i = 0; i < 5; i++) {
            levels.add(new Level(i + 1, "ร้อยละ " + targets[i], new Threshold("x", op, BigDecimal.valueOf(targets[i]))));
        }
        return new Indicator(new IndicatorRef("I", 1), "ตัวชี้วัด", new Measure("%", direction), "",
                ImmutableList.of(new FactDeclaration("x", FactType.NUMBER, "ผล", "%")), levels.build(), ScoringMethod.INTERPOLATED);
    }

    private static BigDecimal score(ScoringScheme scheme, Indicator indicator, String x) {
        return new IndicatorScorer(scheme).score(indicator, Facts.of("x", FactValue.of(x))).score();
    }

    @Test
    void a_result_of_85_between_targets_80_and_90_scores_3_5000() {
        Indicator indicator = interpolated(Direction.HIGHER_IS_BETTER, 60, 70, 80, 90, 100);

        assertThat(score(ScoringScheme.standard(), indicator, "85").toPlainString()).isEqualTo("3.5000");
    }

    @ParameterizedTest(name = "result {0} scores {1} with floor 1 and {2} with floor 0")
    @CsvSource({
            "100, 5.0000, 5.0000",
            "120, 5.0000, 5.0000",
            "60, 1.0000, 1.0000",
            "65, 1.5000, 1.5000",
            "55, 1.0000, 0.5000",
            "40, 1.0000, 0.0000",
            "73.33, 2.3330, 2.3330",
            "90, 4.0000, 4.0000"
    })
    void scores_are_clamped_to_the_schemes_floor_and_to_five(String x, String floorOne, String floorZero) {
        Indicator indicator = interpolated(Direction.HIGHER_IS_BETTER, 60, 70, 80, 90, 100);

        assertThat(score(ScoringScheme.standard(), indicator, x).toPlainString()).isEqualTo(floorOne);
        assertThat(score(ScoringScheme.standard().withFloor(BigDecimal.ZERO), indicator, x).toPlainString()).isEqualTo(floorZero);
    }

    @Test
    void a_fraction_that_does_not_terminate_is_rounded_once_at_four_places() {
        Indicator indicator = interpolated(Direction.HIGHER_IS_BETTER, 0, 3, 6, 9, 12);

        assertThat(score(ScoringScheme.standard(), indicator, "4").toPlainString()).isEqualTo("2.3333");
        assertThat(score(ScoringScheme.standard(), indicator, "5").toPlainString()).isEqualTo("2.6667");
    }

    @Test
    void lower_is_better_indicators_interpolate_between_falling_targets() {
        Indicator indicator = interpolated(Direction.LOWER_IS_BETTER, 50, 40, 30, 20, 10);

        assertThat(score(ScoringScheme.standard(), indicator, "25").toPlainString()).isEqualTo("3.5000");
        assertThat(score(ScoringScheme.standard(), indicator, "5").toPlainString()).isEqualTo("5.0000");
        assertThat(score(ScoringScheme.standard(), indicator, "70").toPlainString()).isEqualTo("1.0000");
    }

    @Test
    void an_interpolated_item_without_its_measured_value_is_undecided_at_the_floor() {
        Indicator indicator = interpolated(Direction.HIGHER_IS_BETTER, 60, 70, 80, 90, 100);

        IndicatorScore result = new IndicatorScorer(ScoringScheme.standard()).score(indicator, Facts.NONE);

        assertThat(result.decided()).isFalse();
        assertThat(result.missingFacts()).containsExactly("x");
        assertThat(result.score().toPlainString()).isEqualTo("1.0000");
    }
}
