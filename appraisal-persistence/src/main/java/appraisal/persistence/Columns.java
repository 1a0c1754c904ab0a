package appraisal.persistence;

import appraisal.domain.model.shared.Digits;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.sqlite.jdbc3.JDBC3ResultSet;

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
     * Reads an instant. The text this class writes (fixed width, 30 characters) is read by hand:
     * an agreement's load reads dozens of instants, and {@link Instant#parse} costs a formatter's
     * field maps each time. Any other text, or one out of range, goes to {@link Instant#parse},
     * which reads every ISO-8601 instant and says what is wrong with a bad one.
     */
    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 30 && text.charAt(19) == '.' && text.charAt(29) == 'Z' && Digits.isoDateAt(text) && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && Digits.at(text, 11, 13) && Digits.at(text, 14, 16)
                && Digits.at(text, 17, 19) && Digits.at(text, 20, 29)) {
            int hour = Digits.value(text, 11, 13);
            int minute = Digits.value(text, 14, 16);
            int second = Digits.value(text, 17, 19);
            if (hour < 24 && minute < 60 && second < 60) {
                try {
                    long day = LocalDate.of(Digits.value(text, 0, 4), Digits.value(text, 5, 7), Digits.value(text, 8, 10)).toEpochDay();
                    return Instant.ofEpochSecond(day * 86_400 + hour * 3_600L + minute * 60L + second, Digits.value(text, 20, 29));
                } catch (DateTimeException outOfRange) {
                    // Instant.parse below says which field is wrong.
                }
            }
        }
        return Instant.parse(text);
    }

    static String date(LocalDate value) {
        return value == null ? null : value.toString();
    }

    /** Reads a date; {@code uuuu-MM-dd} by hand, as {@link #instant(String)}, anything else by {@link LocalDate#parse}. */
    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        if (text.length() == 10 && Digits.isoDateAt(text)) {
            try {
                return LocalDate.of(Digits.value(text, 0, 4), Digits.value(text, 5, 7), Digits.value(text, 8, 10));
            } catch (DateTimeException outOfRange) {
                // LocalDate.parse below says which field is wrong.
            }
        }
        return LocalDate.parse(text);
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

    /**
     * A text column of a row read through {@link JdbcRows}. SQLite's driver hands text out in a
     * direct byte buffer it makes through JNI for every value, which costs more than the rest of
     * reading the row (docs/persistence.md, "Benchmark"); its blob path copies the same UTF-8 bytes (the store's encoding) into
     * a byte array, at a fraction of the cost. NULL stays null and an empty text stays empty.
     */
    static String text(ResultSet rs, int column) throws SQLException {
        if (rs instanceof JDBC3ResultSet) {
            byte[] utf8 = rs.getBytes(column);
            return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
        }
        return rs.getString(column);
    }
}
