package appraisal.domain.seed;

import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import java.util.LinkedHashMap;
import java.util.Map;

/** Short ways to write what a district reported, for tests that score the source document's indicators. */
public final class ReportedFacts {

    private ReportedFacts() {
    }

    /** Facts from name/value pairs: {@code of("pr.news_per_month", number("9"), "office.headcount", number("6"))}. */
    public static Facts of(Object... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("facts come in name/value pairs");
        }
        Map<String, FactValue> values = new LinkedHashMap<>();
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            values.put((String) nameValuePairs[i], (FactValue) nameValuePairs[i + 1]);
        }
        return Facts.of(values);
    }

    public static FactValue number(String decimal) {
        return FactValue.of(decimal);
    }

    public static FactValue yes() {
        return FactValue.flag(true);
    }

    public static FactValue no() {
        return FactValue.flag(false);
    }

    /** A step done on a date written in the Buddhist era, e.g. {@code doneOn(2, 9, 2565)}. */
    public static FactValue doneOn(int day, int month, int buddhistYear) {
        return FactValue.Completion.doneOn(BuriramRound2565.be(day, month, buddhistYear));
    }

    public static FactValue done() {
        return FactValue.Completion.doneUndated();
    }

    public static FactValue notDone() {
        return FactValue.Completion.notDone();
    }

    /** What one district (six staff, defaulted loans) reported at the end of round 2, item by item: levels 4, 4, 5, 3, 3, 2, 5, 4. */
    public static Map<String, Facts> districtTeamReports() {
        Map<String, Facts> r = new LinkedHashMap<>();
        r.put("T1", of("budget.disbursed_pct", number("96.5"), "budget.loan_evidence_complete", done()));
        r.put("T2", of("plan.achieved_pct", number("91")));
        r.put("T3", of("transparency.activities_done", done(), "transparency.published", done(),
                "transparency.summarised", done(), "transparency.reported", done(), "transparency.evidence_sent", doneOn(30, 8, 2565)));
        r.put("T4", of("kkj.defaulted_loans_exist", yes(), "kkj.defaulted_recovered_pct", number("22"),
                "kkj.debt_report_sent", doneOn(31, 8, 2565), "kkj.big_data_entered", doneOn(30, 9, 2565)));
        r.put("T5", of("office.headcount", number("6"), "pr.news_per_month", number("10")));
        r.put("T6", of("poverty.mechanism_set_up", done(), "poverty.pr_channels", number("4"),
                "poverty.pr_days_per_week", number("3"), "poverty.road_map_proposed", done(), "poverty.database_checked", done(),
                "poverty.tpmp_data_supplied", done(), "poverty.logbook_problems_entered", doneOn(12, 4, 2565),
                "poverty.logbook_summary_reported", doneOn(20, 4, 2565), "poverty.households_checked_pct", number("80")));
        r.put("T7", of("policy.reports_sent_pct", number("72")));
        r.put("T8", of("garden.staff_grow_report", done(), "garden.staff_checklist", done(),
                "garden.leaders_report", doneOn(28, 4, 2565), "garden.village_teams", done(), "garden.duties_assigned", done(),
                "garden.households_pct", number("83"), "garden.teams_advise", done(), "garden.learn_from_examples", done(),
                "garden.regular_visits", done(), "garden.seed_network", notDone()));
        return r;
    }
}
