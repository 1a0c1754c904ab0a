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
}
