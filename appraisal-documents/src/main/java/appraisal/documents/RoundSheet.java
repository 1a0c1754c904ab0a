package appraisal.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The round's table for the province, once, for every writer (spreadsheet, CSV, the command
 * line's table and JSON): named columns and a row per agreement. A value is text, a whole number
 * (an item's level), a {@link BigDecimal} (a score as the scheme rounded it) or {@code null} (not
 * known yet).
 */
public record RoundSheet(String round, List<Column> columns, List<List<Object>> rows) {

    public RoundSheet {
        columns = List.copyOf(columns);
        List<List<Object>> copied = new ArrayList<>();
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " values for " + columns.size() + " columns");
            }
            copied.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = Collections.unmodifiableList(copied);
    }

    /** One column: the stable key scripts use, the Thai header people read, and whether its values are numbers. */
    public record Column(String key, String header, boolean numeric) {

        public static Column text(String key, String header) {
            return new Column(key, header, false);
        }

        public static Column number(String key, String header) {
            return new Column(key, header, true);
        }
    }

    /** The position of the column with this key. */
    public int column(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + key);
    }
}
