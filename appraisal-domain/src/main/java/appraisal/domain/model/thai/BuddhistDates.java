package appraisal.domain.model.thai;

import appraisal.domain.model.calendar.FiscalYear;
import appraisal.domain.model.shared.Digits;
import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.ImmutableList;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Thai offices write them: Buddhist-era years (CE + 543), Thai month names in full or
 * abbreviated, Thai or Arabic digits. Reads {@code 2022-07-26}, {@code 26/07/2565},
 * {@code ๒๖ ก.ค. ๒๕๖๕}, {@code 26 กรกฎาคม พ.ศ. 2565}; a four-digit year of 2400 or more is taken
 * as Buddhist era, a smaller one as common era.
 */
public final class BuddhistDates {

    /** How a date is printed. */
    public enum Style {
        /** {@code 26 กรกฎาคม 2565} */
        LONG,
        /** {@code 26 ก.ค. 2565} */
        SHORT,
        /** {@code 26/07/2565} */
        NUMERIC
    }

    /** Years at or above this are read as Buddhist era. */
    private static final int FIRST_BE_YEAR = 2400;

    private static final ImmutableList<String> MONTHS = ImmutableList.of("มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน",
            "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม");
    private static final ImmutableList<String> MONTHS_SHORT = ImmutableList.of("ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.",
            "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.");

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASHED = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern WORDS = Pattern.compile("(\\d{1,2})\\s*(\\S+?)\\s*(?:พ\\.\\s?ศ\\.\\s*)?(\\d{4})");

    private BuddhistDates() {
    }

    public static LocalDate parse(String text) {
        try {
            if (text.length() == 10 && Digits.isoDateAt(text)) {
                // The form this program writes (stored facts, exports), so most of what it reads: taken digit by digit,
                // since matching the patterns costs far more than the date.
                return date(year(Digits.value(text, 0, 4)), Digits.value(text, 5, 7), Digits.value(text, 8, 10));
            }
        } catch (DateTimeException e) {
            throw DomainException.invalid("date.impossible", "'" + text + "' is not a real date: " + e.getMessage(), "");
        }
        String s = ThaiDigits.toArabic(text.strip());
        try {
            Matcher m = ISO.matcher(s);
            if (m.matches()) {
                return date(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            }
            m = SLASHED.matcher(s);
            if (m.matches()) {
                return date(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
            }
            m = WORDS.matcher(s);
            if (m.matches()) {
                int month = month(m.group(2));
                if (month > 0) {
                    return date(year(m.group(3)), month, Integer.parseInt(m.group(1)));
                }
            }
        } catch (DateTimeException e) {
            throw DomainException.invalid("date.impossible", "'" + text + "' is not a real date: " + e.getMessage(), "");
        }
        throw DomainException.invalid("date.unreadable",
                "cannot read '" + text + "' as a date; write it like 2022-07-26, 26/07/2565 or ๒๖ ก.ค. ๒๕๖๕", "");
    }

    public static String format(LocalDate date, Style style, boolean thaiDigits) {
        int be = date.getYear() + FiscalYear.BE_OFFSET;
        String out = switch (style) {
            case LONG -> date.getDayOfMonth() + " " + MONTHS.get(date.getMonthValue() - 1) + " " + be;
            case SHORT -> date.getDayOfMonth() + " " + MONTHS_SHORT.get(date.getMonthValue() - 1) + " " + be;
            case NUMERIC -> String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), be);
        };
        return thaiDigits ? ThaiDigits.toThai(out) : out;
    }

    private static int year(String digits) {
        return year(Integer.parseInt(digits));
    }

    private static int year(int y) {
        return y >= FIRST_BE_YEAR ? y - FiscalYear.BE_OFFSET : y;
    }

    private static int month(String word) {
        String w = word.replace(" ", "");
        for (int i = 0; i < 12; i++) {
            if (MONTHS.get(i).equals(w) || MONTHS_SHORT.get(i).equals(w) || MONTHS_SHORT.get(i).replace(".", "").equals(w)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static LocalDate date(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
