package appraisal.persistence;

import com.zaxxer.hikari.HikariPoolMXBean;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Opens the connections of one pool, remembering whether the last attempt failed and why.
 *
 * <p>Why not leave it to the pool: while callers wait for a connection, HikariCP tries to open one
 * again and again, sleeping between tries for twice as long each time, up to 5 s; after an outage
 * the database could be back for seconds before the pool looked. Here a failed open is tried again
 * every {@value #RETRY_MILLIS} ms for as long as someone waits, so the first request after the
 * database comes back gets a connection. And when a caller gives up waiting, the pool's timeout
 * does not say whether the database is down or every connection was busy: {@link #lastFailure}
 * does (see {@link StoreFaults}).
 */
final class ConnectionOpener implements DataSource {

    static final long RETRY_MILLIS = 100;

    private final DataSource target;
    private volatile HikariPoolMXBean pool;
    private volatile SQLException lastFailure;

    ConnectionOpener(DataSource target) {
        this.target = target;
    }

    /** The pool this opener fills, once it exists; until then a failed open is not tried again. */
    void openingFor(HikariPoolMXBean pool) {
        this.pool = pool;
    }

    /** Why the last attempt to open a connection failed, or empty when it succeeded (or none was made). */
    Optional<SQLException> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    @Override
    public Connection getConnection() throws SQLException {
        while (true) {
            try {
                Connection connection = target.getConnection();
                lastFailure = null;
                return connection;
            } catch (SQLException e) {
                lastFailure = e;
                HikariPoolMXBean waitedFor = pool;
                if (waitedFor == null || waitedFor.getThreadsAwaitingConnection() == 0) {
                    throw e;
                }
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("the store's connections carry their own user");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return target.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        target.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return target.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : target.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || target.isWrapperFor(type);
    }
}
