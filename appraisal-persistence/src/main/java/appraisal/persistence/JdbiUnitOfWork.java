package appraisal.persistence;

import appraisal.domain.port.out.UnitOfWork;
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
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * One transaction per use case: {@link #inTransaction} opens a Jdbi handle, begins a transaction
 * and binds the handle to the current thread until it commits or rolls back; the repositories of
 * the same store use the bound handle, so everything a use case saves commits together.
 *
 * <p>A nested call joins the running transaction inside a savepoint: if it fails, only its own
 * work is undone and the caller may go on. Repository writes outside a use case run in a short
 * transaction of their own; inside one, a multi-statement write (an agreement, a cascade) also
 * runs in a savepoint, so a refused save leaves nothing half written even if the caller catches
 * the refusal and commits.
 *
 * <p>SQLite: transactions from {@code writes} begin IMMEDIATE (they take the write lock at once,
 * waiting for it up to the busy timeout), so two use cases never both read and then deadlock
 * when both try to upgrade to writing. Standalone reads use {@code reads}, whose transactions are
 * deferred and in WAL mode never wait for a writer. PostgreSQL: both are the same READ COMMITTED
 * source; optimistic locking does not need more.
 */
final class JdbiUnitOfWork implements UnitOfWork {

    /** The handle bound to a thread, and how many savepoints deep it is. */
    private static final class Bound {
        final Handle handle;
        int depth;

        Bound(Handle handle) {
            this.handle = handle;
        }
    }

    /** Reads one row of a {@link #probe}. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private final Jdbi writes;
    private final Jdbi reads;
    private final DataSource readSource;
    private final ThreadLocal<Bound> bound = new ThreadLocal<>();
    /** Each physical connection's probe statements; a connection the pool retires is forgotten with them (weak keys, by identity). */
    private final Cache<Connection, Map<String, PreparedStatement>> probeStatements = CacheBuilder.newBuilder().weakKeys().build();
    private volatile boolean closed;

    JdbiUnitOfWork(Jdbi writes, Jdbi reads, DataSource readSource) {
        this.writes = writes;
        this.reads = reads;
        this.readSource = readSource;
    }

    /** Whether the current thread runs inside a use case's transaction (whose reads may see its own uncommitted writes). */
    boolean inUseCase() {
        return bound.get() != null;
    }

    /**
     * One statement that reads at most one row: in the bound transaction, or else on a read
     * connection in autocommit (one statement is one consistent read by itself) with plain JDBC.
     * For the small checks a server makes on every request (is what I keep still current?), where
     * a Jdbi handle and an explicit transaction would cost more than the read itself.
     */
    <T> Optional<T> probe(String sql, List<?> params, RowReader<T> reader) {
        Bound current = bound.get();
        if (current != null) {
            return probe(current.handle.getConnection(), sql, params, reader);
        }
        requireOpen();
        try (Connection connection = readSource.getConnection()) {
            return probe(connection, sql, params, reader);
        } catch (SQLException e) {
            throw new StoreException("could not read the store: " + e.getMessage(), e);
        }
    }

    private <T> Optional<T> probe(Connection connection, String sql, List<?> params, RowReader<T> reader) {
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
        Map<String, PreparedStatement> statements = probeStatements.getIfPresent(physical);
        if (statements == null) {
            statements = probeStatements.asMap().computeIfAbsent(physical, c -> new ConcurrentHashMap<>());
        }
        PreparedStatement statement = statements.get(sql);
        if (statement == null || statement.isClosed()) {
            statement = physical.prepareStatement(sql);
            statements.put(sql, statement);
        }
        return statement;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Bound current = bound.get();
        if (current != null) {
            return inSavepoint(current, h -> work.get());
        }
        requireOpen();
        return writes.inTransaction(handle -> {
            bound.set(new Bound(handle));
            try {
                return work.get();
            } finally {
                bound.remove();
            }
        });
    }

    /** Runs a write of several statements atomically: in the bound transaction's savepoint, or in a transaction of its own. */
    <T> T write(HandleCallback<T, RuntimeException> work) {
        Bound current = bound.get();
        if (current != null) {
            return inSavepoint(current, work);
        }
        requireOpen();
        return writes.inTransaction(work);
    }

    /** Runs one statement that writes; it is atomic by itself, so no savepoint is needed. */
    <T> T writeStatement(HandleCallback<T, RuntimeException> work) {
        Bound current = bound.get();
        if (current != null) {
            return work.withHandle(current.handle);
        }
        requireOpen();
        return writes.inTransaction(work);
    }

    /** Runs reads in the bound transaction, or in a read transaction of their own (one consistent snapshot on SQLite). */
    <T> T read(HandleCallback<T, RuntimeException> work) {
        Bound current = bound.get();
        if (current != null) {
            return work.withHandle(current.handle);
        }
        requireOpen();
        return reads.inTransaction(work);
    }

    void close() {
        closed = true;
    }

    private void requireOpen() {
        if (closed) {
            throw new StoreException("the store is closed");
        }
    }

    private static <T> T inSavepoint(Bound current, HandleCallback<T, RuntimeException> work) {
        String name = "uow_" + (++current.depth);
        Handle handle = current.handle;
        try {
            handle.savepoint(name);
            T result;
            try {
                result = work.withHandle(handle);
            } catch (RuntimeException | Error failure) {
                try {
                    handle.rollbackToSavepoint(name);
                    handle.releaseSavepoint(name);
                } catch (RuntimeException undo) {
                    failure.addSuppressed(undo);
                }
                throw failure;
            }
            handle.releaseSavepoint(name);
            return result;
        } finally {
            current.depth--;
        }
    }
}
