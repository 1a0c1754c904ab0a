package appraisal.persistence;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Prepared statements kept for the life of one connection (one Jdbi handle, which the store
 * opens per transaction): a statement Jdbi is done with is cleared and kept, and the next use of
 * the same SQL on that connection takes it instead of preparing again. A cascade runs the same
 * few dozen statements thousands of times in one transaction, and preparing them (SQLite parses
 * and plans every one) cost a fifth of its time. A statement still in use when its SQL is asked
 * for again (a query read while another runs) is simply prepared anew. Statements that return
 * generated keys or update through their result set are left to Jdbi's default builder.
 */
final class ReusedStatements implements StatementBuilder {

    /** Gives every handle its own set; install with {@link org.jdbi.v3.core.Jdbi#setStatementBuilderFactory}. */
    static final StatementBuilderFactory FACTORY = connection -> new ReusedStatements();

    private final StatementBuilder plain = new DefaultStatementBuilder();
    private final Map<String, List<PreparedStatement>> idle = new HashMap<>();
    /** The SQL each statement in use was prepared from (Jdbi hands back the statement with its unparsed SQL). */
    private final Map<PreparedStatement, String> inUse = new IdentityHashMap<>();

    @Override
    public Statement create(Connection conn, StatementContext ctx) throws SQLException {
        return plain.create(conn, ctx);
    }

    @Override
    public PreparedStatement create(Connection conn, String sql, StatementContext ctx) throws SQLException {
        if (ctx != null && (ctx.isReturningGeneratedKeys() || ctx.isConcurrentUpdatable())) {
            return plain.create(conn, sql, ctx);
        }
        return prepare(conn, sql);
    }

    /** A prepared statement for {@code sql}: an idle one of this connection, or a new one. Give it back with {@link #release}. */
    PreparedStatement prepare(Connection conn, String sql) throws SQLException {
        List<PreparedStatement> ready = idle.get(sql);
        PreparedStatement statement = null;
        while (statement == null && ready != null && !ready.isEmpty()) {
            PreparedStatement kept = ready.remove(ready.size() - 1);
            if (!kept.isClosed()) {
                statement = kept;
            }
        }
        if (statement == null) {
            statement = conn.prepareStatement(sql);
        }
        inUse.put(statement, sql);
        return statement;
    }

    /** Takes a statement back for reuse, its parameters and any unexecuted batch cleared; one not from {@link #prepare} is closed. */
    void release(PreparedStatement statement) throws SQLException {
        String sql = inUse.remove(statement);
        if (sql == null || statement.isClosed()) {
            statement.close();
            return;
        }
        try {
            statement.clearBatch();
            statement.clearParameters();
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
        idle.computeIfAbsent(sql, k -> new ArrayList<>(1)).add(statement);
    }

    @Override
    public CallableStatement createCall(Connection conn, String sql, StatementContext ctx) throws SQLException {
        return plain.createCall(conn, sql, ctx);
    }

    @Override
    public void close(Connection conn, String sql, Statement stmt) throws SQLException {
        if (stmt instanceof PreparedStatement prepared && !(stmt instanceof CallableStatement)) {
            release(prepared);
        } else {
            plain.close(conn, sql, stmt);
        }
    }

    /** The handle is closing: every kept statement is closed before its connection. */
    @Override
    public void close(Connection conn) {
        for (List<PreparedStatement> statements : idle.values()) {
            for (PreparedStatement statement : statements) {
                try {
                    statement.close();
                } catch (SQLException ignored) {
                    // The connection closes next; a statement that will not close goes with it.
                }
            }
        }
        idle.clear();
        inUse.clear();
    }
}
