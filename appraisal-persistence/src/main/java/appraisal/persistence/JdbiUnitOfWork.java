package appraisal.persistence;

import appraisal.domain.port.out.UnitOfWork;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
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
 *
 * <p>{@link #readInParts} reads in several transactions at once that all see one snapshot
 * ({@link SnapshotReads}); {@link #probe} reads one row on a kept statement ({@link ProbeStatements}).
 */
final class JdbiUnitOfWork implements UnitOfWork {

    private final Dialect dialect;
    private final StoreFaults faults;
    private final Jdbi writes;
    private final Jdbi reads;
    private final DataSource readSource;
    /** The use case's transaction on this thread; per store, so two stores in one thread keep theirs apart. */
    private final ThreadLocal<BoundTransaction> bound = new ThreadLocal<>();
    private final ProbeStatements probes;
    private final SnapshotReads snapshotReads;
    private volatile boolean closed;

    JdbiUnitOfWork(Dialect dialect, StoreFaults faults, Jdbi writes, Jdbi reads, DataSource readSource) {
        this.dialect = dialect;
        this.faults = faults;
        this.writes = writes;
        this.reads = reads;
        this.readSource = readSource;
        this.probes = new ProbeStatements(faults);
        this.snapshotReads = new SnapshotReads(dialect, writes, reads);
    }

    Dialect dialect() {
        return dialect;
    }

    /**
     * Whether write transactions run side by side, each holding the rows it writes (PostgreSQL),
     * rather than one at a time (SQLite: {@code BEGIN IMMEDIATE} takes the file's one write lock).
     */
    boolean writersOverlap() {
        return dialect == Dialect.POSTGRESQL;
    }

    /** Whether this thread is inside a use case's transaction (whose reads must go through its handle). */
    boolean inUnitOfWork() {
        return bound.get() != null;
    }

    /**
     * One statement that reads at most one row: in the bound transaction, or else on a read
     * connection in autocommit (one statement is one consistent read by itself) with plain JDBC.
     * For the small checks a server makes on every request (is what I keep still current?), where
     * a Jdbi handle and an explicit transaction would cost more than the read itself.
     */
    <T> Optional<T> probe(String sql, List<?> params, JdbcRows.RowReader<T> reader) {
        BoundTransaction current = bound.get();
        if (current != null) {
            return probes.probe(current.handle.getConnection(), sql, params, reader);
        }
        requireOpen();
        faults.beforeUse(false);
        try (Connection connection = readSource.getConnection()) {
            return probes.probe(connection, sql, params, reader);
        } catch (SQLException e) {
            throw faults.translate(e, StoreFaults.Phase.READ, "could not read the store");
        } catch (StoreException e) {
            throw faults.translate(e, StoreFaults.Phase.READ);
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        BoundTransaction current = bound.get();
        if (current != null) {
            return current.inSavepoint(h -> work.get());
        }
        requireOpen();
        faults.beforeUse(true);
        BoundTransaction[] began = {null};
        return faults.inWriteTransaction(writes, handle -> {
            began[0] = new BoundTransaction(handle);
            bound.set(began[0]);
            try {
                return work.get();
            } finally {
                bound.remove();
            }
        }, () -> began[0] != null && began[0].wrote);
    }

    /**
     * What the repositories remember within the transaction bound to this thread (e.g. what they
     * wrote in it), or null outside one. Forgotten when any part of the transaction is rolled back
     * to a savepoint (what was written may be undone) and when it ends.
     */
    Map<Object, Object> remembered() {
        BoundTransaction current = bound.get();
        return current == null ? null : current.remembered;
    }

    /** Runs a write of several statements atomically: in the bound transaction's savepoint, or in a transaction of its own. */
    <T> T write(HandleCallback<T, RuntimeException> work) {
        BoundTransaction current = bound.get();
        if (current != null) {
            current.wrote = true;
            return current.inSavepoint(work);
        }
        requireOpen();
        faults.beforeUse(true);
        return faults.inWriteTransaction(writes, work, () -> true);
    }

    /** Runs one statement that writes; it is atomic by itself, so no savepoint is needed. */
    <T> T writeStatement(HandleCallback<T, RuntimeException> work) {
        BoundTransaction current = bound.get();
        if (current != null) {
            current.wrote = true;
            return work.withHandle(current.handle);
        }
        requireOpen();
        faults.beforeUse(true);
        return faults.inWriteTransaction(writes, work, () -> true);
    }

    /** Runs reads in the bound transaction, or in a read transaction of their own (one consistent snapshot on SQLite). */
    <T> T read(HandleCallback<T, RuntimeException> work) {
        BoundTransaction current = bound.get();
        if (current != null) {
            return work.withHandle(current.handle);
        }
        requireOpen();
        faults.beforeUse(false);
        try {
            return reads.inTransaction(work);
        } catch (RuntimeException e) {
            throw faults.translate(e, StoreFaults.Phase.READ);
        }
    }

    /**
     * Reads in up to {@code most} read transactions at once that all see one snapshot of the
     * database, each part on its own thread: {@link SnapshotReads#readInParts}. Not for a thread
     * inside a unit of work ({@link #inUnitOfWork}): other transactions would not see its writes.
     */
    <P, T> List<T> readInParts(int most, Function<Handle, List<P>> plan, BiFunction<Handle, P, T> part) {
        if (inUnitOfWork()) {
            throw new IllegalStateException("reads in parts cannot see the writes of the transaction bound to this thread");
        }
        requireOpen();
        faults.beforeUse(false);
        try {
            return snapshotReads.readInParts(most, plan, part);
        } catch (RuntimeException e) {
            throw faults.translate(e, StoreFaults.Phase.READ);
        }
    }

    void close() {
        closed = true;
        snapshotReads.close();
    }

    private void requireOpen() {
        if (closed) {
            throw new StoreException("the store is closed");
        }
    }
}
