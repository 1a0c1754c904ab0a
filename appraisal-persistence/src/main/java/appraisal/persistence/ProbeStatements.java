package appraisal.persistence;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One-row reads by plain JDBC on statements kept per physical connection: the small checks a
 * server makes on every request (is what I keep still current?), where a Jdbi handle, an explicit
 * transaction or preparing the statement again would cost more than the read itself.
 */
final class ProbeStatements {

    private final StoreFaults faults;
    /** Each physical connection's probe statements; a connection the pool retires is forgotten with them (weak keys, by identity). */
    private final Cache<Connection, Map<String, PreparedStatement>> statements = CacheBuilder.newBuilder().weakKeys().build();

    ProbeStatements(StoreFaults faults) {
        this.faults = faults;
    }

    /** Runs {@code sql} on {@code connection} and reads its first row, if any. */
    <T> Optional<T> probe(Connection connection, String sql, List<?> params, JdbcRows.RowReader<T> reader) {
        try {
            PreparedStatement statement = probeStatement(connection, sql);
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(reader.read(row)) : Optional.empty();
            } finally {
                statement.clearParameters();
            }
        } catch (SQLException e) {
            // In a transaction, the failure reaches it and it reports it; alone, the caller above does.
            faults.dropIfBroken(connection, e);
            throw new StoreException("could not read the store: " + e.getMessage(), e);
        }
    }

    /**
     * The probe's statement for {@code sql}, prepared once per physical connection: preparing
     * (SQLite parses and plans each time) cost more than running these one-row reads. They are
     * prepared on the pool's underlying connection, so the pool does not close them when the
     * connection goes back; they close with it. A connection serves one thread at a time, and a
     * probe finishes its statement (result closed, so SQLite ends the read) before it returns.
     */
    private PreparedStatement probeStatement(Connection connection, String sql) throws SQLException {
        Connection physical = connection.isWrapperFor(Connection.class) ? connection.unwrap(Connection.class) : connection;
        Map<String, PreparedStatement> prepared = statements.getIfPresent(physical);
        if (prepared == null) {
            prepared = statements.asMap().computeIfAbsent(physical, c -> new ConcurrentHashMap<>());
        }
        PreparedStatement statement = prepared.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = physical.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        return statement;
    }
}
