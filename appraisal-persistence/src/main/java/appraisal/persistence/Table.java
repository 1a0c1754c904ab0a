package appraisal.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * A table declared once: its name, its columns in order, how a row binds each column and how a
 * row is read back. The SQL of its inserts, updates and selects and the positions of its
 * parameters and results all follow from that order, so a new column is one line here and one
 * argument of the reader, with no position to count. Binding and reading stay plain JDBC by
 * position: that is what keeps bulk saves and loads fast (see {@link JdbcBatch}, {@link JdbcRows}).
 *
 * @param <R> the row, as stored
 */
final class Table<R> {

    /** What a column holds, so that a reader that reads a column as the wrong kind fails at once. */
    enum Kind { TEXT, INT, LONG, NULLABLE_INT, BOOLEAN }

    /** How one column's value is set from a row. */
    interface Binder<R> {
        void bind(PreparedStatement ps, int index, R row) throws SQLException;
    }

    /** One or more columns of a declaration, in order. */
    sealed interface Declared<R> permits Column, Part {
        List<Column<R>> columns();
    }

    /** One column: its name, its kind and how a row sets it. */
    record Column<R>(String name, Kind kind, Binder<R> binder) implements Declared<R> {
        @Override
        public List<Column<R>> columns() {
            return List.of(this);
        }
    }

    static <R> Column<R> bool(String name, Predicate<R> of) {
        return new Column<>(name, Kind.BOOLEAN, (ps, i, r) -> ps.setBoolean(i, of.test(r)));
    }

    /** The columns of a part of a row (such as an acknowledgement), each bound from that part. */
    record Part<R>(List<Column<R>> columns) implements Declared<R> {
    }

    /** How a row is made from its columns, read in declaration order from a {@link Values}. */
    interface Reader<R> {
        R read(Values values) throws SQLException;
    }

    static <R> Column<R> text(String name, Function<R, String> of) {
        return new Column<>(name, Kind.TEXT, (ps, i, r) -> ps.setString(i, of.apply(r)));
    }

    static <R> Column<R> integer(String name, ToIntFunction<R> of) {
        return new Column<>(name, Kind.INT, (ps, i, r) -> ps.setInt(i, of.applyAsInt(r)));
    }

    static <R> Column<R> longInteger(String name, ToLongFunction<R> of) {
        return new Column<>(name, Kind.LONG, (ps, i, r) -> ps.setLong(i, of.applyAsLong(r)));
    }

    static <R> Column<R> nullableInteger(String name, Function<R, Integer> of) {
        return new Column<>(name, Kind.NULLABLE_INT, (ps, i, r) -> JdbcBatch.setInteger(ps, i, of.apply(r)));
    }

    /** The columns of a part of a row (such as an acknowledgement), each bound from that part. */
    @SafeVarargs
    static <R, P> Part<R> part(Function<R, P> of, Column<P>... columns) {
        return new Part<>(Arrays.stream(columns).map(c -> new Column<R>(c.name(), c.kind(),
                (ps, i, r) -> c.binder().bind(ps, i, of.apply(r)))).toList());
    }

    private final String name;
    private final List<Column<R>> columns;
    private final Kind[] kinds;
    /** The columns' binders in order, as an array: binding is per value of every row a save writes. */
    private final Binder<R>[] binders;
    private final Reader<R> reader;

    /** {@code declared}: the columns in the order the reader reads them. */
    @SafeVarargs
    Table(String name, Reader<R> reader, Declared<R>... declared) {
        this.name = name;
        this.reader = reader;
        this.columns = Arrays.stream(declared).flatMap(d -> d.columns().stream()).toList();
        this.kinds = this.columns.stream().map(Column::kind).toArray(Kind[]::new);
        this.binders = binders(this.columns);
    }

    @SuppressWarnings("unchecked")
    private static <R> Binder<R>[] binders(List<Column<R>> columns) {
        return columns.stream().map(Column::binder).toArray(Binder[]::new);
    }

    String name() {
        return name;
    }

    /** The column names, comma-separated, each prefixed by {@code alias.} unless the alias is empty. */
    String columnList(String alias) {
        String prefix = alias.isEmpty() ? "" : alias + ".";
        return columns.stream().map(c -> prefix + c.name()).collect(Collectors.joining(", "));
    }

    /** {@code INSERT INTO name (every column) VALUES (?, ...)}, bound by {@link #bind}. */
    String insertSql() {
        return "INSERT INTO " + name + " (" + columnList("") + ") VALUES (" + "?, ".repeat(columns.size() - 1) + "?)";
    }

    /** {@link #insertSql}, or where the key (the first column) is taken, an update of every other column to the row's. */
    String upsertSql() {
        return insertSql() + " ON CONFLICT (" + columns.getFirst().name() + ") DO UPDATE SET "
                + columns.stream().skip(1).map(c -> c.name() + " = excluded." + c.name()).collect(Collectors.joining(", "));
    }

    /**
     * {@code UPDATE name SET (every column but the first) WHERE condition}: the first column is the
     * key, which an update does not change; bound by {@link #bindAfterKey}, then the condition's parameters.
     */
    String updateSql(String condition) {
        return "UPDATE " + name + " SET " + columns.stream().skip(1).map(c -> c.name() + " = ?").collect(Collectors.joining(", "))
                + " WHERE " + condition;
    }

    /** Binds every column of {@code row} from parameter 1; the next free parameter. */
    int bind(PreparedStatement ps, R row) throws SQLException {
        return bindFrom(ps, row, 0);
    }

    /** Binds every column but the first (the key) from parameter 1, as {@link #updateSql} wants; the next free parameter. */
    int bindAfterKey(PreparedStatement ps, R row) throws SQLException {
        return bindFrom(ps, row, 1);
    }

    private int bindFrom(PreparedStatement ps, R row, int firstColumn) throws SQLException {
        int index = 1;
        for (int c = firstColumn; c < binders.length; c++) {
            binders[c].bind(ps, index++, row);
        }
        return index;
    }

    /** A reader of this table's rows from a result set whose columns are {@link #columnList}; one per query. */
    JdbcRows.RowReader<R> reader() {
        Values values = new Values(this);
        return rs -> {
            values.start(rs);
            R row = reader.read(values);
            if (values.position != kinds.length) {
                throw new IllegalStateException("table " + name + ": the reader read " + values.position + " of "
                        + kinds.length + " columns " + Arrays.toString(kinds));
            }
            return row;
        };
    }

    /** The columns of one result row, read in declaration order; each read checks the column's kind. */
    static final class Values {
        private final Table<?> table;
        private ResultSet rs;
        private int position;

        private Values(Table<?> table) {
            this.table = table;
        }

        private void start(ResultSet results) {
            this.rs = results;
            this.position = 0;
        }

        private int next(Kind kind) {
            Kind[] kinds = table.kinds;
            if (position >= kinds.length || kinds[position] != kind) {
                throw new IllegalStateException("table " + table.name + ": column " + (position + 1) + " is read as " + kind + " but declared "
                        + (position < kinds.length ? kinds[position] + " (" + table.columns.get(position).name() + ")" : "nowhere"));
            }
            return ++position;
        }

        String text() throws SQLException {
            return Columns.text(rs, next(Kind.TEXT));
        }

        int integer() throws SQLException {
            return rs.getInt(next(Kind.INT));
        }

        long longInteger() throws SQLException {
            return rs.getLong(next(Kind.LONG));
        }

        Integer nullableInteger() throws SQLException {
            return Columns.nullableInt(rs, next(Kind.NULLABLE_INT));
        }

        boolean bool() throws SQLException {
            return rs.getBoolean(next(Kind.BOOLEAN));
        }
    }
}
