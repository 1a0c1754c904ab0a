package appraisal.domain.model.calendar;

import appraisal.domain.model.shared.Require;
import java.time.LocalDate;

/**
 * A Thai fiscal year (ปีงบประมาณ), named in the Buddhist era: FY 2565 BE runs from 1 October 2021 to
 * 30 September 2022 (CE). Round 1 is 1 October – 31 March, round 2 is 1 April – 30 September.
 */
public record FiscalYear(int buddhistEra) {

    /** Years between the Buddhist era and the common era. */
    public static final int BE_OFFSET = 543;

    public FiscalYear {
        Require.that(buddhistEra >= 2500 && buddhistEra <= 2700, "fiscal-year.out-of-range",
                "fiscal year must be written in the Buddhist era (e.g. 2565), got " + buddhistEra, "fiscalYear");
    }

    /** The fiscal year a date falls in: October onwards belongs to the next year. */
    public static FiscalYear containing(LocalDate date) {
        int ce = date.getMonthValue() >= 10 ? date.getYear() + 1 : date.getYear();
        return new FiscalYear(ce + BE_OFFSET);
    }

    public int commonEra() {
        return buddhistEra - BE_OFFSET;
    }

    public LocalDate start() {
        return LocalDate.of(commonEra() - 1, 10, 1);
    }

    public LocalDate end() {
        return LocalDate.of(commonEra(), 9, 30);
    }

    /** First day of round {@code number} (1 or 2). */
    public LocalDate roundStart(int number) {
        return number == 1 ? start() : LocalDate.of(commonEra(), 4, 1);
    }

    /** Last day of round {@code number} (1 or 2). */
    public LocalDate roundEnd(int number) {
        return number == 1 ? LocalDate.of(commonEra(), 3, 31) : end();
    }
}
