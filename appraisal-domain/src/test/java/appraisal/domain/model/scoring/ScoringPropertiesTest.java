package appraisal.domain.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.criterion.AllOf;
import appraisal.domain.model.criterion.Comparator;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.Direction;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.StepDone;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Properties of scoring over seeded random indicators, facts and agreements (seeded, with no property-testing library). */
class ScoringPropertiesTest {

    static Stream<Long> seeds() {
        return LongStream.range(0, 200).mapToObj(i -> 0x5eed_0000L + i);
    }

    /** A higher-is-better indicator on fact x with rising targets; some levels also need a step done. */
    static Indicator randomIndicator(Random random) {
        ScoringMethod method = ScoringMethod.values()[random.nextInt(ScoringMethod.values().length)];
        List<Level> levels = new ArrayList<>();
        BigDecimal target = BigDecimal.valueOf(random.nextInt(50));
        for (int n = 1; n <= 5; n++) {
            target = target.add(BigDecimal.valueOf(1 + random.nextInt(20))).add(BigDecimal.valueOf(random.nextInt(100), 2));
            Comparator op = random.nextBoolean() ? Comparator.AT_LEAST : Comparator.MORE_THAN;
            Criterion c = new Threshold("x", op, target);
            if (method != ScoringMethod.INTERPOLATED && random.nextInt(3) == 0) {
                c = AllOf.of(c, StepDone.of("report_sent"));
            }
            levels.add(new Level(n, "ระดับ " + n, c));
        }
        return new Indicator(new IndicatorRef("P", 1), "สุ่ม", new Measure("%", Direction.HIGHER_IS_BETTER), "",
                ImmutableList.of(new FactDeclaration("x", FactType.NUMBER, "ผล", "%"),
                        new FactDeclaration("report_sent", FactType.STEP, "ส่งรายงาน", "")),
                ImmutableList.copyOf(levels), method);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void raising_a_measured_value_never_lowers_the_level_or_the_score(long seed) {
        Random random = new Random(seed);
        Indicator indicator = randomIndicator(random);
        IndicatorScorer scorer = new IndicatorScorer(ScoringScheme.standard());
        Facts base = random.nextBoolean() ? Facts.of("report_sent", FactValue.Completion.doneUndated()) : Facts.NONE;
        BigDecimal x = BigDecimal.valueOf(random.nextInt(15000), 2);
        IndicatorScore before = scorer.score(indicator, base.with("x", FactValue.of(x)));
        for (int step = 0; step < 20; step++) {
            x = x.add(BigDecimal.valueOf(random.nextInt(1000), 2));
            IndicatorScore after = scorer.score(indicator, base.with("x", FactValue.of(x)));
            assertThat(after.level()).as("level at x=%s (seed %s)", x, seed).isGreaterThanOrEqualTo(before.level());
            assertThat(after.score()).as("score at x=%s (seed %s)", x, seed).isGreaterThanOrEqualTo(before.score());
            before = after;
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void achievement_of_whole_levels_stays_between_20_and_100(long seed) {
        Random random = new Random(seed);
        int count = 1 + random.nextInt(12);
        // Split 100.00 into `count` positive weights of two decimals.
        List<Integer> cuts = new ArrayList<>();
        int remaining = 10000;
        List<WeightedScore> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int cents = i == count - 1 ? remaining : 1 + random.nextInt(Math.max(1, remaining - (count - i - 1)));
            if (i < count - 1 && remaining - cents < count - i - 1) {
                cents = 1;
            }
            remaining -= cents;
            cuts.add(cents);
            items.add(new WeightedScore(BigDecimal.valueOf(cents, 2), BigDecimal.valueOf(1 + random.nextInt(5))));
        }
        assertThat(cuts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(10000);

        BigDecimal achievement = new Scorecard(ScoringScheme.standard()).achievement(items);

        assertThat(achievement).isBetween(new BigDecimal("20"), new BigDecimal("100"));
        assertThat(achievement.scale()).isEqualTo(2);
    }
}
