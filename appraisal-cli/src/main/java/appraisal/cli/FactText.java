package appraisal.cli;

import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.thai.BuddhistDates;
import java.util.stream.Collectors;

/**
 * Reported facts as one line of text, written so {@code FactDeclaration.parse} reads each value
 * back: {@code 96.5}, {@code yes}, {@code done 30/08/2565}, {@code not-done}. People get
 * Buddhist-era dates; scripts (JSON, CSV) get ISO dates.
 */
final class FactText {

    private FactText() {
    }

    static String of(Facts facts, Format format) {
        return facts.values().entrySet().stream()
                .map(e -> e.getKey() + "=" + of(e.getValue(), format))
                .collect(Collectors.joining("; "));
    }

    static String of(FactValue value, Format format) {
        if (value instanceof FactValue.Quantity q) {
            return q.value().toPlainString();
        } else if (value instanceof FactValue.Flag f) {
            return f.value() ? "yes" : "no";
        } else if (value instanceof FactValue.Completion c) {
            if (!c.done()) {
                return "not-done";
            }
            return c.on().map(d -> "done " + (format == Format.TABLE
                    ? BuddhistDates.format(d, BuddhistDates.Style.NUMERIC, false) : d.toString())).orElse("done");
        }
        return ((FactValue.Choice) value).value();
    }
}
