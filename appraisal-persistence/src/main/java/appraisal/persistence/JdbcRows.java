package appraisal.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * One query's rows read with plain JDBC on the handle's connection (so in its transaction),
 * through its {@link ReusedStatements}: Jdbi's row mapping (a statement context, argument
 * resolution and an iterator per query, a mapper call per row) costs more per row than reading
 * the row itself, and a round's load and a cascade's many small reads (a head's staff, an
 * indicator's latest version, the next ids) are mostly rows (docs/persistence.md, "Benchmark"). Parameters are bound by position: text, whole
 * numbers or null (as text).
 */
final class JdbcRows<R> implements AutoCloseable {

    /** How one row of a result set becomes a value; columns are read by position. */
    interface RowReader<R> {
        R read(ResultSet rs) throws SQLException;
    }

    /** Rows fetched from the database at a time on PostgreSQL (SQLite steps row by row anyway). */
    private static final int FETCH_SIZE = 2_000;

    private final ReusedStatements reused;
    private final PreparedStatement statement;
    private final ResultSet results;
    /** The driver's own result set behind the pool's proxy: readers call it directly, and {@link Columns#text} can tell SQLite's. */
    private final ResultSet row;
    private final RowReader<R> reader;

    JdbcRows(Handle h, String sql, List<?> params, RowReader<R> reader) throws SQLException {
        this.reused = h.getStatementBuilder() instanceof ReusedStatements r ? r : null;
        this.reader = reader;
        this.statement = reused != null ? reused.prepare(h.getConnection(), sql) : h.getConnection().prepareStatement(sql);
        ResultSet opened = null;
        try {
            statement.setFetchSize(FETCH_SIZE);
            for (int i = 0; i < params.size(); i++) {
                bind(statement, i + 1, params.get(i));
            }
            opened = statement.executeQuery();
        } finally {
            if (opened == null) {
                closeStatement();
            }
        }
        this.results = opened;
        this.row = opened.unwrap(ResultSet.class);
    }

    /** Every row of a query, read at once. */
    static <R> List<R> list(Handle h, String sql, List<?> params, RowReader<R> reader) {
        try (JdbcRows<R> rows = new JdbcRows<>(h, sql, params, reader)) {
            List<R> out = new ArrayList<>();
            for (R row = rows.next(); row != null; row = rows.next()) {
                out.add(row);
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("could not read (" + sql + "): " + e.getMessage(), e);
        }
    }

    /** The first row of a query, if there is one. */
    static <R> Optional<R> first(Handle h, String sql, List<?> params, RowReader<R> reader) {
        try (JdbcRows<R> rows = new JdbcRows<>(h, sql, params, reader)) {
            return Optional.ofNullable(rows.next());
        } catch (SQLException e) {
            throw new StoreException("could not read (" + sql + "): " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.VARCHAR);
        } else if (value instanceof String text) {
            ps.setString(index, text);
        } else if (value instanceof Integer number) {
            ps.setInt(index, number);
        } else if (value instanceof Long number) {
            ps.setLong(index, number);
        } else {
            throw new IllegalArgumentException("cannot bind a " + value.getClass().getSimpleName() + " by position");
        }
    }

    /** The next row, or null after the last. */
    R next() throws SQLException {
        return row.next() ? reader.read(row) : null;
    }

    @Override
    public void close() {
        try {
            results.close();
        } catch (SQLException ignored) {
            // A result set that will not close goes with its statement.
        }
        closeStatement();
    }

    private void closeStatement() {
        try {
            if (reused != null) {
                reused.release(statement); // kept for the next query of this transaction
            } else {
                statement.close();
            }
        } catch (SQLException ignored) {
            // Closing a statement cannot lose data; the transaction decides.
        }
    }
}
