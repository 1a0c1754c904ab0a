package appraisal.cli;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a command reports: named columns (a stable key for JSON/CSV, a header for people) and rows
 * of values (text, BigDecimal, integer, LocalDate, boolean, or empty).
 */
public record Table(ImmutableList<Column> columns, ImmutableList<List<Object>> rows) {

    /** One column: the key scripts use and the header people read. */
    public record Column(String key, String header) {
    }

    public static Builder of(String... keyHeaderPairs) {
        if (keyHeaderPairs.length % 2 != 0) {
            throw new IllegalArgumentException("columns come as key, header pairs");
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < keyHeaderPairs.length; i += 2) {
            columns.add(new Column(keyHeaderPairs[i], keyHeaderPairs[i + 1]));
        }
        return new Builder(ImmutableList.copyOf(columns));
    }

    /** Collects rows, checking each has a value per column. */
    public static final class Builder {
        private final ImmutableList<Column> columns;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(ImmutableList<Column> columns) {
            this.columns = columns;
        }

        public Builder row(Object... values) {
            if (values.length != columns.size()) {
                throw new IllegalArgumentException("row has " + values.length + " values for " + columns.size() + " columns");
            }
            rows.add(java.util.Collections.unmodifiableList(new ArrayList<>(Arrays.asList(values))));
            return this;
        }

        public Table build() {
            return new Table(columns, ImmutableList.copyOf(rows));
        }
    }
}
