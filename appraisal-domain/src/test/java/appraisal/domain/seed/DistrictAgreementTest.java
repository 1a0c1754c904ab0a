package appraisal.domain.seed;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.Rubric;
import appraisal.domain.model.indicator.RubricEntry;
import appraisal.domain.model.scoring.IndicatorScore;
import appraisal.domain.model.scoring.IndicatorScorer;
import appraisal.domain.model.scoring.Scorecard;
import appraisal.domain.model.scoring.ScoringScheme;
import appraisal.domain.model.scoring.WeightedScore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One district's whole team agreement for round 2 of FY 2565, from reported facts to achievement. */
class DistrictAgreementTest {

    /** What one district reported at the end of the round, item by item. */
    static Map<String, Facts> reports() {
        return ReportedFacts.districtTeamReports();
    }

    @Test
    void a_district_scores_73_on_its_team_agreement() {
        Rubric team = BuriramRound2565.teamRubric();
        IndicatorScorer scorer = new IndicatorScorer(ScoringScheme.standard());
        Map<String, Facts> reports = reports();
        List<Integer> levels = new ArrayList<>();
        List<WeightedScore> items = new ArrayList<>();

        for (RubricEntry entry : team.entries()) {
            IndicatorScore score = scorer.score(entry.indicator(), reports.get(entry.indicator().ref().code()));
            assertThat(score.decided()).as(entry.indicator().ref().code()).isTrue();
            levels.add(score.level());
            items.add(new WeightedScore(entry.weight(), score.score()));
        }

        // T1 96.5 % (>= 95) → 4; T2 91 % (> 90, not > 95) → 4; T3 evidence sent 30 Aug → 5;
        // T4 defaulted loans, 22 % recovered (>= 20, < 25) → 3; T5 six staff, 10 news (>= 9, < 12) → 3;
        // T6 households checked 80 % (< 85) → 2; T7 72 % (>= 70) → 5; T8 83 % of households (>= 80, < 90) → 4.
        assertThat(levels).containsExactly(4, 4, 5, 3, 3, 2, 5, 4);
        // Σ score × weight = 4×15 + 4×15 + 5×10 + 3×15 + 3×10 + 2×15 + 5×10 + 4×10
        //                  = 60 + 60 + 50 + 45 + 30 + 30 + 50 + 40 = 365;  achievement = 365 / 5 = 73.00
        assertThat(new Scorecard(ScoringScheme.standard()).achievement(items).toPlainString()).isEqualTo("73.00");
    }
}
