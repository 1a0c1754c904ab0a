package appraisal.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * One statement run for many rows as a JDBC batch on a handle's connection (so in its
 * transaction), each row bound with plain JDBC setters. Jdbi's named binding resolves an argument
 * per value and builds a binding per row, which cost more than SQLite's inserts themselves for
 * the bulk rows of a cascade (docs/persistence.md). The statement is the handle's
 * {@link ReusedStatements} one when there is one, so a transaction prepares it once.
 */
final class JdbcBatch {

    /** How one row sets the statement's parameters. */
    interface RowBinder<R> {
        void bind(PreparedStatement ps, R row) throws SQLException;
    }

    private JdbcBatch() {
    }

    /** Runs {@code sql} once per row in one batch; the update count of each row, or an empty array when there are no rows. */
    static <R> int[] run(Handle h, String sql, Iterable<R> rows, RowBinder<R> binder) throws SQLException {
        ReusedStatements reused = h.getStatementBuilder() instanceof ReusedStatements r ? r : null;
        PreparedStatement ps = null;
        boolean clean = false;
        try {
            for (R row : rows) {
                if (ps == null) {
                    ps = reused != null ? reused.prepare(h.getConnection(), sql) : h.getConnection().prepareStatement(sql);
                }
                binder.bind(ps, row);
                ps.addBatch();
            }
            int[] counts = ps == null ? new int[0] : ps.executeBatch();
            clean = true;
            return counts;
        } finally {
            if (ps != null && clean && reused != null) {
                reused.release(ps); // kept for the next batch of this transaction
            } else if (ps != null) {
                closeQuietly(ps);
            }
        }
    }

    /** Runs {@code sql} for one row; its update count. A failure is a store exception saying {@code what} failed, with its cause. */
    static <R> int one(Handle h, String sql, R row, RowBinder<R> binder, Supplier<String> what) {
        try {
            return run(h, sql, List.of(row), binder)[0];
        } catch (SQLException e) {
            throw new StoreException(what.get() + ": " + e.getMessage(), e);
        }
    }

    private static void closeQuietly(PreparedStatement ps) {
        try {
            ps.close();
        } catch (SQLException ignored) {
            // Closing a statement cannot lose data; the transaction decides, and the first failure is the one to report.
        }
    }

    static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    static void setBoolean(PreparedStatement ps, int index, Boolean value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BOOLEAN);
        } else {
            ps.setBoolean(index, value);
        }
    }
}
