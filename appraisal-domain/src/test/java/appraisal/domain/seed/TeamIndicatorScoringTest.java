package appraisal.domain.seed;

import static appraisal.domain.seed.ReportedFacts.done;
import static appraisal.domain.seed.ReportedFacts.doneOn;
import static appraisal.domain.seed.ReportedFacts.no;
import static appraisal.domain.seed.ReportedFacts.notDone;
import static appraisal.domain.seed.ReportedFacts.number;
import static appraisal.domain.seed.ReportedFacts.yes;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.scoring.IndicatorScore;
import appraisal.domain.model.scoring.IndicatorScorer;
import appraisal.domain.model.scoring.ScoringScheme;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What districts' reports are worth on the eight team indicators of the source document. */
class TeamIndicatorScoringTest {

    private static final IndicatorScorer SCORER = new IndicatorScorer(ScoringScheme.standard());

    private static Indicator team(String code) {
        return BuriramRound2565.teamRubric().entry(code).orElseThrow().indicator();
    }

    private static IndicatorScore score(String code, Facts facts) {
        return SCORER.score(team(code), facts);
    }

    @Nested
    class T1_budget_disbursement {

        @ParameterizedTest(name = "{0} % disbursed with complete loan evidence reaches level {1}")
        @CsvSource({
            "79.99, 0, 1.0000",
            "80, 1, 1.0000",
            "90, 3, 3.0000",
            "94.99, 3, 3.0000",
            "95, 4, 4.0000",
            "99.99, 4, 4.0000",
            "100, 5, 5.0000"})
        void disbursement_with_evidence_reaches_the_level_of_the_highest_target_met(String pct, int level, String score) {
            IndicatorScore s = score("T1", ReportedFacts.of("budget.disbursed_pct", number(pct), "budget.loan_evidence_complete", done()));

            assertThat(s.level()).isEqualTo(level);
            assertThat(s.score().toPlainString()).isEqualTo(score);
            assertThat(s.decided()).isTrue();
        }

        @Test
        void full_disbursement_without_the_loan_evidence_meets_no_level() {
            IndicatorScore s = score("T1", ReportedFacts.of("budget.disbursed_pct", number("100"), "budget.loan_evidence_complete", notDone()));

            assertThat(s.level()).isZero();
            assertThat(s.score().toPlainString()).isEqualTo("1.0000");
            assertThat(s.decided()).isTrue();
        }

        @Test
        void unreported_loan_evidence_leaves_the_item_undecided_and_names_it() {
            IndicatorScore s = score("T1", ReportedFacts.of("budget.disbursed_pct", number("96")));

            assertThat(s.level()).isZero();
            assertThat(s.decided()).isFalse();
            assertThat(s.missingFacts()).containsExactly("budget.loan_evidence_complete");
        }
    }

    @Nested
    class T2_plan_achievement {

        @ParameterizedTest(name = "{0} % of the plan achieved reaches level {1}")
        @CsvSource({
            "75, 0",
            "75.01, 1",
            "80, 1",
            "80.01, 2",
            "90, 3",
            "95, 4",
            "95.01, 5"})
        void targets_are_strictly_more_than_so_a_result_at_a_target_stays_below_it(String pct, int level) {
            IndicatorScore s = score("T2", ReportedFacts.of("plan.achieved_pct", number(pct)));

            assertThat(s.level()).isEqualTo(level);
            assertThat(s.score()).isEqualByComparingTo(String.valueOf(Math.max(level, 1)));
        }
    }

    @Nested
    class T3_transparency_plan {

        private Facts steps(Object evidence) {
            return ReportedFacts.of("transparency.activities_done", done(), "transparency.published", done(),
                    "transparency.summarised", done(), "transparency.reported", done(), "transparency.evidence_sent", evidence);
        }

        @Test
        void every_step_done_and_the_evidence_sent_on_2_september_reaches_level_5() {
            IndicatorScore s = score("T3", steps(doneOn(2, 9, 2565)));

            assertThat(s.level()).isEqualTo(5);
            assertThat(s.score().toPlainString()).isEqualTo("5.0000");
        }

        @Test
        void evidence_sent_a_day_after_the_deadline_stops_at_level_4() {
            IndicatorScore s = score("T3", steps(doneOn(3, 9, 2565)));

            assertThat(s.level()).isEqualTo(4);
            assertThat(s.checks().get(4).verdict().explanation()).contains("2022-09-03", "after 2022-09-02");
        }

        @Test
        void a_missing_step_caps_the_level_even_when_later_steps_are_done() {
            Facts facts = steps(doneOn(1, 9, 2565)).with("transparency.summarised", notDone());

            assertThat(score("T3", facts).level()).isEqualTo(2);
        }

        @Test
        void evidence_sent_without_a_date_leaves_level_5_undecided() {
            IndicatorScore s = score("T3", steps(done()));

            assertThat(s.level()).isEqualTo(4);
            assertThat(s.decided()).isFalse();
            assertThat(s.missingFacts()).containsExactly("transparency.evidence_sent");
        }
    }

    @Nested
    class T4_poverty_fund_recovery {

        private Facts defaulted(String recovered, Object debtReport, Object bigData) {
            return ReportedFacts.of("kkj.defaulted_loans_exist", yes(), "kkj.defaulted_recovered_pct", number(recovered),
                    "kkj.debt_report_sent", debtReport, "kkj.big_data_entered", bigData);
        }

        private Facts normal(String engaged, String recovered) {
            return ReportedFacts.of("kkj.defaulted_loans_exist", no(), "kkj.funds_engaged_pct", number(engaged),
                    "kkj.normal_recovered_pct", number(recovered), "kkj.debt_report_sent", doneOn(31, 8, 2565),
                    "kkj.supervisors_informed", done(), "kkj.big_data_entered", doneOn(30, 9, 2565));
        }

        @ParameterizedTest(name = "with defaulted loans, {0} % recovered reaches level {1}")
        @CsvSource({"9.99, 0", "10, 1", "15, 2", "20, 3", "24.99, 3", "25, 4", "30, 5"})
        void with_defaulted_loans_the_recovery_thresholds_decide(String recovered, int level) {
            IndicatorScore s = score("T4", defaulted(recovered, doneOn(31, 8, 2565), doneOn(30, 9, 2565)));

            assertThat(s.level()).isEqualTo(level);
            assertThat(s.decided()).isTrue();
        }

        @Test
        void a_debt_report_sent_after_31_august_keeps_a_district_with_25_percent_at_level_3() {
            assertThat(score("T4", defaulted("25", doneOn(1, 9, 2565), doneOn(30, 9, 2565))).level()).isEqualTo(3);
        }

        @Test
        void the_big_data_entry_is_what_level_5_adds() {
            assertThat(score("T4", defaulted("30", doneOn(31, 8, 2565), notDone())).level()).isEqualTo(4);
        }

        @Test
        void in_normal_circulation_20_percent_recovered_already_reaches_level_3_because_levels_2_and_3_ask_the_same() {
            IndicatorScore s = score("T4", normal("20", "20").with("kkj.level5_normal_recovery_adequate", no()));

            assertThat(s.level()).isEqualTo(3);
            assertThat(s.decided()).isTrue();
        }

        @Test
        void in_normal_circulation_level_3_does_not_need_level_1s_fund_engagement() {
            IndicatorScore s = score("T4", normal("10", "20").with("kkj.level5_normal_recovery_adequate", no()));

            assertThat(s.checks().get(0).verdict().isNotMet()).isTrue();
            assertThat(s.level()).isEqualTo(3);
        }

        @Test
        void in_normal_circulation_level_5_waits_for_the_evaluator_because_its_target_is_missing_from_the_text() {
            IndicatorScore pending = score("T4", normal("20", "25"));
            IndicatorScore judged = score("T4", normal("20", "25").with("kkj.level5_normal_recovery_adequate", yes()));

            assertThat(pending.level()).isEqualTo(4);
            assertThat(pending.decided()).isFalse();
            assertThat(pending.missingFacts()).containsExactly("kkj.level5_normal_recovery_adequate");
            assertThat(judged.level()).isEqualTo(5);
        }

        @Test
        void without_saying_whether_defaulted_loans_exist_nothing_can_be_decided() {
            IndicatorScore s = score("T4", ReportedFacts.of("kkj.defaulted_recovered_pct", number("30")));

            assertThat(s.level()).isZero();
            assertThat(s.decided()).isFalse();
            assertThat(s.missingFacts()).contains("kkj.defaulted_loans_exist");
        }
    }

    @Nested
    class T5_news_by_office_size {

        @ParameterizedTest(name = "an office of {0} staff reporting {1} news a month reaches level {2}")
        @CsvSource({
            "2, 3, 3",
            "2, 5, 5",
            "3, 7, 3",
            "3, 8, 4",
            "6, 3, 1",
            "6, 9, 3",
            "6, 12, 4",
            "6, 14, 4",
            "6, 15, 5"})
        void the_headcount_bracket_picks_the_target(String headcount, String news, int level) {
            IndicatorScore s = score("T5", ReportedFacts.of("office.headcount", number(headcount), "pr.news_per_month", number(news)));

            assertThat(s.level()).isEqualTo(level);
        }

        @Test
        void three_news_a_month_is_level_3_for_a_two_person_office_but_level_1_for_a_six_person_office() {
            assertThat(score("T5", ReportedFacts.of("office.headcount", number("2"), "pr.news_per_month", number("3"))).level()).isEqualTo(3);
            assertThat(score("T5", ReportedFacts.of("office.headcount", number("6"), "pr.news_per_month", number("3"))).level()).isEqualTo(1);
        }

        @Test
        void a_five_person_office_reaches_level_5_with_fewer_news_than_level_4_asks_because_level_5_moves_the_boundary() {
            IndicatorScore s = score("T5", ReportedFacts.of("office.headcount", number("5"), "pr.news_per_month", number("10")));

            assertThat(s.checks().get(3).verdict().isNotMet()).as("level 4 asks 12 of an office over 4").isTrue();
            assertThat(s.level()).isEqualTo(5);
        }

        @Test
        void an_unreported_headcount_leaves_the_item_undecided_and_names_it() {
            IndicatorScore s = score("T5", ReportedFacts.of("pr.news_per_month", number("9")));

            assertThat(s.level()).isZero();
            assertThat(s.decided()).isFalse();
            assertThat(s.missingFacts()).containsExactly("office.headcount");
        }
    }

    @Nested
    class T6_poverty_eradication {

        private Facts everythingDone() {
            return ReportedFacts.of(
                    "poverty.mechanism_set_up", done(), "poverty.pr_channels", number("3"), "poverty.pr_days_per_week", number("2"),
                    "poverty.road_map_proposed", done(), "poverty.database_checked", done(),
                    "poverty.tpmp_data_supplied", done(), "poverty.logbook_problems_entered", doneOn(15, 4, 2565),
                    "poverty.logbook_summary_reported", doneOn(20, 4, 2565),
                    "poverty.households_checked_pct", number("85"), "poverty.households_classified", done(),
                    "poverty.solutions_proposed", doneOn(25, 4, 2565), "poverty.district_meeting_held", done(),
                    "poverty.agency_plans_presented", done(), "poverty.menu_households_pct", number("80"),
                    "poverty.off_menu_units", number("20"), "poverty.intensive_care_followed", done(), "poverty.logbook_evidence", done(),
                    "poverty.follow_ups_per_month", number("2"), "poverty.logbook_all_households", done(),
                    "poverty.monthly_progress_reported", done(), "poverty.all_households_resolved", doneOn(30, 9, 2565),
                    "poverty.logbook_results_entered", doneOn(30, 9, 2565), "poverty.monthly_system_reported", done());
        }

        @Test
        void every_item_on_time_and_every_target_exactly_met_reaches_level_5() {
            IndicatorScore s = score("T6", everythingDone());

            assertThat(s.level()).isEqualTo(5);
            assertThat(s.decided()).isTrue();
        }

        @Test
        void households_checked_just_below_85_percent_stop_at_level_2() {
            assertThat(score("T6", everythingDone().with("poverty.households_checked_pct", number("84.99"))).level()).isEqualTo(2);
        }

        @Test
        void problems_entered_in_the_logbook_after_15_april_stop_at_level_1() {
            assertThat(score("T6", everythingDone().with("poverty.logbook_problems_entered", doneOn(16, 4, 2565))).level()).isEqualTo(1);
        }

        @Test
        void one_follow_up_a_month_stops_at_level_4() {
            assertThat(score("T6", everythingDone().with("poverty.follow_ups_per_month", number("1"))).level()).isEqualTo(4);
        }

        @Test
        void two_publicity_channels_meet_no_level_and_score_the_floor() {
            IndicatorScore s = score("T6", everythingDone().with("poverty.pr_channels", number("2")));

            assertThat(s.level()).isZero();
            assertThat(s.score().toPlainString()).isEqualTo("1.0000");
        }
    }

    @Nested
    class T7_policy_reports {

        @ParameterizedTest(name = "{0} % of reports sent reaches level {1}")
        @CsvSource({"49.99, 0, 1.0000", "50, 1, 1.0000", "55, 2, 2.0000", "64.99, 3, 3.0000", "65, 4, 4.0000", "70, 5, 5.0000", "100, 5, 5.0000"})
        void reports_sent_reach_the_level_of_the_highest_target_met(String pct, int level, String score) {
            IndicatorScore s = score("T7", ReportedFacts.of("policy.reports_sent_pct", number(pct)));

            assertThat(s.level()).isEqualTo(level);
            assertThat(s.score().toPlainString()).isEqualTo(score);
        }
    }

    @Nested
    class T8_home_gardens {

        private Facts everythingDone(String households) {
            return ReportedFacts.of(
                    "garden.staff_grow_report", done(), "garden.staff_checklist", done(), "garden.leaders_report", doneOn(30, 4, 2565),
                    "garden.village_teams", done(), "garden.duties_assigned", done(), "garden.households_pct", number(households),
                    "garden.teams_advise", done(), "garden.learn_from_examples", done(), "garden.regular_visits", done(),
                    "garden.seed_network", doneOn(30, 9, 2565));
        }

        @ParameterizedTest(name = "{0} % of households growing vegetables reaches level {1}")
        @CsvSource({"69.99, 2", "70, 3", "79.99, 3", "80, 4", "89.99, 4", "90, 5"})
        void the_share_of_households_growing_vegetables_decides_levels_3_to_5(String households, int level) {
            assertThat(score("T8", everythingDone(households)).level()).isEqualTo(level);
        }

        @Test
        void a_seed_network_finished_on_1_october_stops_at_level_4() {
            assertThat(score("T8", everythingDone("95").with("garden.seed_network", doneOn(1, 10, 2565))).level()).isEqualTo(4);
        }

        @Test
        void the_leaders_report_after_30_april_stops_at_level_1() {
            assertThat(score("T8", everythingDone("95").with("garden.leaders_report", doneOn(1, 5, 2565))).level()).isEqualTo(1);
        }
    }
}
