package appraisal.domain.seed;

import static appraisal.domain.seed.ReportedFacts.done;
import static appraisal.domain.seed.ReportedFacts.doneOn;
import static appraisal.domain.seed.ReportedFacts.notDone;
import static appraisal.domain.seed.ReportedFacts.number;
import static appraisal.domain.seed.ReportedFacts.yes;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One district's whole team agreement for round 2 of FY 2565, from reported facts to achievement. */
class DistrictAgreementTest {

    /** What one district reported at the end of the round, item by item. */
    static Map<String, Facts> reports() {
        Map<String, Facts> r = new LinkedHashMap<>();
        r.put("T1", ReportedFacts.of("budget.disbursed_pct", number("96.5"), "budget.loan_evidence_complete", done()));
        r.put("T2", ReportedFacts.of("plan.achieved_pct", number("91")));
        r.put("T3", ReportedFacts.of("transparency.activities_done", done(), "transparency.published", done(),
                "transparency.summarised", done(), "transparency.reported", done(), "transparency.evidence_sent", doneOn(30, 8, 2565)));
        r.put("T4", ReportedFacts.of("kkj.defaulted_loans_exist", yes(), "kkj.defaulted_recovered_pct", number("22"),
                "kkj.debt_report_sent", doneOn(31, 8, 2565), "kkj.big_data_entered", doneOn(30, 9, 2565)));
        r.put("T5", ReportedFacts.of("office.headcount", number("6"), "pr.news_per_month", number("10")));
        r.put("T6", ReportedFacts.of("poverty.mechanism_set_up", done(), "poverty.pr_channels", number("4"),
                "poverty.pr_days_per_week", number("3"), "poverty.road_map_proposed", done(), "poverty.database_checked", done(),
                "poverty.tpmp_data_supplied", done(), "poverty.logbook_problems_entered", doneOn(12, 4, 2565),
                "poverty.logbook_summary_reported", doneOn(20, 4, 2565), "poverty.households_checked_pct", number("80")));
        r.put("T7", ReportedFacts.of("policy.reports_sent_pct", number("72")));
        r.put("T8", ReportedFacts.of("garden.staff_grow_report", done(), "garden.staff_checklist", done(),
                "garden.leaders_report", doneOn(28, 4, 2565), "garden.village_teams", done(), "garden.duties_assigned", done(),
                "garden.households_pct", number("83"), "garden.teams_advise", done(), "garden.learn_from_examples", done(),
                "garden.regular_visits", done(), "garden.seed_network", notDone()));
        return r;
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
