package appraisal.domain.model.round;

import appraisal.domain.model.calendar.FiscalYear;
import appraisal.domain.model.shared.Require;

/** Identifies a round, e.g. {@code 2565-2}. */
public record RoundId(String value) {

    public RoundId {
        value = Require.text(value, "roundId");
    }

    public static RoundId of(FiscalYear year, int number) {
        return new RoundId(year.buddhistEra() + "-" + number);
    }

    @Override
    public String toString() {
        return value;
    }
}
