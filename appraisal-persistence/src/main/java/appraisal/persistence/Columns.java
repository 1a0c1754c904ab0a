package appraisal.persistence;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How values that SQLite and PostgreSQL store differently are written as the same column values
 * on both (see the header of {@code V1__schema.sql}), and read back exactly.
 */
final class Columns {

    // Fixed width (nine fraction digits), so text order is time order and nanoseconds survive.
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    private Columns() {
    }

    static String instant(Instant value) {
        return value == null ? null : INSTANT.format(value);
    }

    /**
     * The instant of the text {@link #instant(Instant)} writes, read by position (a round's load
     * parses some 100,000 of them; {@link Instant#parse} was a quarter of its time); any other
     * text, and anything out of range, goes to {@link Instant#parse}, which says what is wrong.
     */
    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 30 && text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && text.charAt(19) == '.' && text.charAt(29) == 'Z') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            int hour = digits(text, 11, 13);
            int minute = digits(text, 14, 16);
            int second = digits(text, 17, 19);
            int nanos = digits(text, 20, 29);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= LocalDate.of(year, month, 1).lengthOfMonth()
                    && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60 && nanos >= 0) {
                long seconds = LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second;
                return Instant.ofEpochSecond(seconds, nanos);
            }
        }
        return Instant.parse(text);
    }

    static String date(LocalDate value) {
        return value == null ? null : value.toString();
    }

    /** The date of the ISO text {@link #date(LocalDate)} writes, read by position when it is {@code yyyy-MM-dd}, as {@link #instant(String)}. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= LocalDate.of(year, month, 1).lengthOfMonth()) {
                return LocalDate.of(year, month, day);
            }
        }
        return LocalDate.parse(text);
    }

    /** The number the ASCII digits of {@code text} from {@code from} to {@code to} (exclusive) make, or -1 if one is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Java's own text of the decimal: exact, with its scale ({@code 87.250}, {@code 5E+1}). */
    static String decimal(BigDecimal value) {
        return value == null ? null : value.toString();
    }

    static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Boolean nullableBoolean(ResultSet rs, int column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
