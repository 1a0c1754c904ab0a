package appraisal.domain.model.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.competency.Competency;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.shared.DomainException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScorecardTest {

    private final ScoringScheme scheme = ScoringScheme.standard();
    private final Scorecard scorecard = new Scorecard(scheme);

    private static WeightedScore item(int weight, int level) {
        return new WeightedScore(BigDecimal.valueOf(weight), BigDecimal.valueOf(level));
    }

    /** Observed core levels for a K2 (expected level 2): one competency a level short, the rest met. */
    private static Map<Competency, Integer> oneLevelShort() {
        Map<Competency, Integer> observed = new EnumMap<>(Competency.class);
        observed.put(Competency.ACHIEVEMENT, 2);
        observed.put(Competency.SERVICE_MIND, 3);
        observed.put(Competency.EXPERTISE, 1);
        observed.put(Competency.INTEGRITY, 2);
        observed.put(Competency.TEAMWORK, 2);
        return observed;
    }

    @Test
    void the_worked_example_scores_85_40_and_is_rated_very_good() {
        List<WeightedScore> items = List.of(item(30, 5), item(30, 4), item(20, 3), item(20, 4));
        CompetencyScore competency = new CompetencyScorer(scheme).score(PositionLevel.K2, oneLevelShort());

        FinalScore result = scorecard.finalScore(items, competency, Optional.empty(), false);

        assertThat(competency.points()).isEqualTo(14);
        assertThat(competency.maxPoints()).isEqualTo(15);
        assertThat(result.achievement()).isEqualByComparingTo("82.00");
        assertThat(result.achievement().toPlainString()).isEqualTo("82.00");
        assertThat(result.achievementPart().toPlainString()).isEqualTo("57.40");
        assertThat(result.competencyPart().toPlainString()).isEqualTo("28.00");
        assertThat(result.competency().toPlainString()).isEqualTo("93.33");
        assertThat(result.total().toPlainString()).isEqualTo("85.40");
        assertThat(result.rating().name()).isEqualTo("ดีมาก");
    }

    @Test
    void on_probation_the_same_appraisal_is_weighted_fifty_fifty() {
        List<WeightedScore> items = List.of(item(30, 5), item(30, 4), item(20, 3), item(20, 4));
        CompetencyScore competency = new CompetencyScorer(scheme).score(PositionLevel.K2, oneLevelShort());

        FinalScore result = scorecard.finalScore(items, competency, Optional.empty(), true);

        assertThat(result.achievementPart().toPlainString()).isEqualTo("41.00");
        assertThat(result.competencyPart().toPlainString()).isEqualTo("46.67");
        assertThat(result.total().toPlainString()).isEqualTo("87.67");
        assertThat(result.rating().name()).isEqualTo("ดีมาก");
    }

    @Test
    void rating_bands_are_inclusive_at_their_minimum() {
        assertThat(scheme.rate(new BigDecimal("90.00")).name()).isEqualTo("ดีเด่น");
        assertThat(scheme.rate(new BigDecimal("89.99")).name()).isEqualTo("ดีมาก");
        assertThat(scheme.rate(new BigDecimal("70")).name()).isEqualTo("ดี");
        assertThat(scheme.rate(new BigDecimal("60")).name()).isEqualTo("พอใช้");
        assertThat(scheme.rate(new BigDecimal("59.99")).name()).isEqualTo("ต้องปรับปรุง");
        assertThat(scheme.rate(BigDecimal.ZERO).name()).isEqualTo("ต้องปรับปรุง");
    }

    @Test
    void achievement_refuses_weights_that_do_not_sum_to_100() {
        assertThatThrownBy(() -> scorecard.achievement(List.of(item(30, 5), item(60, 4))))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("90")
                .extracting(e -> ((DomainException) e).code()).isEqualTo("agreement.weights-not-100");
    }

    @Test
    void the_rating_method_scores_ratings_out_of_five() {
        CompetencyScorer rating = new CompetencyScorer(scheme.withCompetencyMethod(CompetencyMethod.RATING));
        Map<Competency, Integer> ratings = new EnumMap<>(Competency.class);
        for (Competency c : CompetencyScorer.applicable(PositionLevel.O3)) {
            ratings.put(c, 4);
        }
        ratings.put(Competency.TEAMWORK, 5);

        CompetencyScore score = rating.score(PositionLevel.O3, ratings);

        assertThat(score.points()).isEqualTo(21);
        assertThat(score.maxPoints()).isEqualTo(25);
        assertThat(score.percentTimes(BigDecimal.valueOf(100), 2, scheme.rounding()).toPlainString()).isEqualTo("84.00");
    }

    @Test
    void directors_are_also_scored_on_the_management_competencies() {
        Map<Competency, Integer> observed = new EnumMap<>(Competency.class);
        for (Competency c : Competency.values()) {
            observed.put(c, c.management() ? 0 : 3);
        }
        // D1 expects core 3 and management 1: core all met (5 × 3), management one level short (6 × 2).
        CompetencyScore score = new CompetencyScorer(scheme).score(PositionLevel.D1, observed);

        assertThat(CompetencyScorer.applicable(PositionLevel.D1)).hasSize(11);
        assertThat(CompetencyScorer.applicable(PositionLevel.K3)).hasSize(5);
        assertThat(score.points()).isEqualTo(27);
        assertThat(score.maxPoints()).isEqualTo(33);
    }

    @Test
    void a_competency_not_assessed_is_named_in_the_refusal() {
        Map<Competency, Integer> observed = oneLevelShort();
        observed.remove(Competency.INTEGRITY);

        assertThatThrownBy(() -> new CompetencyScorer(scheme).score(PositionLevel.K2, observed))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("core.integrity");
    }

    @Test
    void gap_points_fall_three_two_one_zero() {
        assertThat(scheme.pointsForGap(-2)).isEqualTo(3);
        assertThat(scheme.pointsForGap(0)).isEqualTo(3);
        assertThat(scheme.pointsForGap(1)).isEqualTo(2);
        assertThat(scheme.pointsForGap(2)).isEqualTo(1);
        assertThat(scheme.pointsForGap(3)).isEqualTo(0);
        assertThat(scheme.pointsForGap(4)).isEqualTo(0);
    }
}
