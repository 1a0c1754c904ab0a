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

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    static String date(LocalDate value) {
        return value == null ? null : value.toString();
    }

    static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
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
