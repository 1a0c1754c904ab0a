package appraisal.domain.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.criterion.Direction;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.StepDone;
import appraisal.domain.model.indicator.FactDeclaration;
import appraisal.domain.model.indicator.FactType;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Level;
import appraisal.domain.model.indicator.Measure;
import appraisal.domain.model.indicator.ScoringMethod;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LevelAchievedTest {

    /** Level N = step N done, as in the transparency-plan indicator of the source document. */
    private static Indicator steps(ScoringMethod method) {
        List<Level> levels = new ArrayList<>();
        List<FactDeclaration> facts = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            levels.add(new Level(n, "ขั้นตอนที่ " + n, StepDone.of("step" + n)));
            facts.add(new FactDeclaration("step" + n, FactType.STEP, "ขั้นตอนที่ " + n, ""));
        }
        return new Indicator(new IndicatorRef("S", 1), "แผน", new Measure("", Direction.HIGHER_IS_BETTER), "",
                ImmutableList.copyOf(facts), ImmutableList.copyOf(levels), method);
    }

    private static Facts done(int... steps) {
        Map<String, FactValue> map = new java.util.HashMap<>();
        for (int n = 1; n <= 5; n++) {
            map.put("step" + n, FactValue.Completion.notDone());
        }
        for (int s : steps) {
            map.put("step" + s, FactValue.Completion.doneUndated());
        }
        return Facts.of(map);
    }

    private final IndicatorScorer scorer = new IndicatorScorer(ScoringScheme.standard());

    @Test
    void the_highest_met_level_counts_even_when_a_lower_one_is_not_met() {
        IndicatorScore score = scorer.score(steps(ScoringMethod.HIGHEST_MET), done(1, 2, 4));

        assertThat(score.level()).isEqualTo(4);
        assertThat(score.score().toPlainString()).isEqualTo("4.0000");
        assertThat(score.decided()).isTrue();
    }

    @Test
    void a_cumulative_indicator_stops_at_the_first_level_not_met() {
        IndicatorScore score = scorer.score(steps(ScoringMethod.CUMULATIVE), done(1, 2, 4));

        assertThat(score.level()).isEqualTo(2);
        assertThat(score.checks().get(2).verdict().isNotMet()).isTrue();
    }

    @Test
    void nothing_met_scores_the_floor_of_the_scheme() {
        assertThat(scorer.score(steps(ScoringMethod.HIGHEST_MET), done()).level()).isZero();
        assertThat(scorer.score(steps(ScoringMethod.HIGHEST_MET), done()).score().toPlainString()).isEqualTo("1.0000");
        IndicatorScorer floorZero = new IndicatorScorer(ScoringScheme.standard().withFloor(BigDecimal.ZERO));
        assertThat(floorZero.score(steps(ScoringMethod.HIGHEST_MET), done()).score().toPlainString()).isEqualTo("0.0000");
    }

    @Test
    void a_missing_fact_above_the_achieved_level_leaves_the_score_undecided_and_named() {
        Facts partial = Facts.of(Map.of("step1", FactValue.Completion.doneUndated(), "step2", FactValue.Completion.notDone()));

        IndicatorScore score = scorer.score(steps(ScoringMethod.HIGHEST_MET), partial);

        assertThat(score.level()).isEqualTo(1);
        assertThat(score.decided()).isFalse();
        assertThat(score.missingFacts()).containsExactly("step3", "step4", "step5");
    }

    @Test
    void a_local_target_adjustment_replaces_only_the_level_it_names() {
        Indicator indicator = steps(ScoringMethod.HIGHEST_MET);
        // This office's level 5 is step 3 again (e.g. a district with no evidence to send).
        IndicatorScore score = scorer.score(indicator, ImmutableMap.of(5, StepDone.of("step3")), done(1, 2, 3));

        assertThat(score.level()).isEqualTo(5);
        assertThat(scorer.score(indicator, done(1, 2, 3)).level()).isEqualTo(3);
    }
}
