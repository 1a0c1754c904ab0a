package appraisal.persistence;

import appraisal.domain.port.out.UnitOfWork;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
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
 * <p>{@link #readInParts} reads in several transactions at once, on several threads, that all see
 * one snapshot (a round's load on every core).
 */
final class JdbiUnitOfWork implements UnitOfWork {

    /** The handle bound to a thread, how many savepoints deep it is, whether it wrote, and what repositories remember within it. */
    private static final class Bound {
        final Handle handle;
        final Map<Object, Object> remembered = new HashMap<>();
        int depth;
        boolean wrote;

        Bound(Handle handle) {
            this.handle = handle;
        }
    }

    /** What PostgreSQL's {@code pg_export_snapshot()} answers, e.g. {@code 00000003-0000001B-1}. */
    private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9A-Fa-f-]+");

    private final Dialect dialect;
    private final StoreFaults faults;
    private final Jdbi writes;
    private final Jdbi reads;
    private final DataSource readSource;
    private final ThreadLocal<Bound> bound = new ThreadLocal<>();
    /** Each physical connection's probe statements; a connection the pool retires is forgotten with them (weak keys, by identity). */
    private final Cache<Connection, Map<String, PreparedStatement>> probeStatements = CacheBuilder.newBuilder().weakKeys().build();

    private final ExecutorService partReaders;
    private volatile boolean closed;

    JdbiUnitOfWork(Dialect dialect, StoreFaults faults, Jdbi writes, Jdbi reads, DataSource readSource) {
        this.dialect = dialect;
        this.faults = faults;
        this.writes = writes;
        this.reads = reads;
        this.readSource = readSource;
        AtomicInteger threads = new AtomicInteger();
        this.partReaders = Executors.newCachedThreadPool(work -> {
            Thread thread = new Thread(work, "appraisal-part-reader-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
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
        Bound current = bound.get();
        if (current != null) {
            return probe(current.handle.getConnection(), sql, params, reader);
        }
        requireOpen();
        faults.beforeUse(false);
        try (Connection connection = readSource.getConnection()) {
            return probe(connection, sql, params, reader);
        } catch (SQLException e) {
            throw faults.translate(e, StoreFaults.Phase.READ, "could not read the store");
        } catch (StoreException e) {
            throw faults.translate(e, StoreFaults.Phase.READ);
        }
    }

    private <T> Optional<T> probe(Connection connection, String sql, List<?> params, JdbcRows.RowReader<T> reader) {
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
        faults.beforeUse(true);
        Bound[] began = {null};
        return faults.inWriteTransaction(writes, handle -> {
            began[0] = new Bound(handle);
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
        Bound current = bound.get();
        return current == null ? null : current.remembered;
    }

    /** Runs a write of several statements atomically: in the bound transaction's savepoint, or in a transaction of its own. */
    <T> T write(HandleCallback<T, RuntimeException> work) {
        Bound current = bound.get();
        if (current != null) {
            current.wrote = true;
            return inSavepoint(current, work);
        }
        requireOpen();
        faults.beforeUse(true);
        return faults.inWriteTransaction(writes, work, () -> true);
    }

    /** Runs one statement that writes; it is atomic by itself, so no savepoint is needed. */
    <T> T writeStatement(HandleCallback<T, RuntimeException> work) {
        Bound current = bound.get();
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
        Bound current = bound.get();
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
     * database, each part on its own thread (the calling thread reads the first), and gives each
     * part's answer in order. {@code plan} runs first, in the first transaction, and says what each
     * part reads (one element per part, at most {@code most}); every transaction sees the database as
     * that first read did:
     * <ul>
     *   <li>SQLite (WAL): a reader keeps the snapshot of its first read. The store's one write
     *       connection takes the write lock ({@code BEGIN IMMEDIATE}, waiting for a write in progress
     *       as any writer does), so nothing can be committed while the readers begin and read once;
     *       then it lets go ({@code ROLLBACK}). The lock is held for those first reads only, not for
     *       the load.</li>
     *   <li>PostgreSQL: every transaction is REPEATABLE READ, READ ONLY; the first exports its
     *       snapshot ({@code pg_export_snapshot()}) and the others take it ({@code SET TRANSACTION
     *       SNAPSHOT}), as pg_dump's parallel workers do.</li>
     * </ul>
     * Not for a thread inside a unit of work ({@link #inUnitOfWork}): other transactions would not
     * see its writes.
     */
    <P, T> List<T> readInParts(int most, Function<Handle, List<P>> plan, BiFunction<Handle, P, T> part) {
        if (inUnitOfWork()) {
            throw new IllegalStateException("reads in parts cannot see the writes of the transaction bound to this thread");
        }
        requireOpen();
        faults.beforeUse(false);
        List<Handle> handles = new ArrayList<>();
        try {
            try {
                List<P> parts = dialect == Dialect.SQLITE ? beginOnSqlite(handles, plan) : beginOnPostgresql(handles, plan);
                if (parts.size() > most || parts.size() > handles.size()) {
                    throw new IllegalStateException("planned " + parts.size() + " parts for " + handles.size() + " transactions");
                }
                return readParts(handles, parts, part);
            } finally {
                endAll(handles);
            }
        } catch (RuntimeException e) {
            throw faults.translate(e, StoreFaults.Phase.READ);
        }
    }

    private <P> List<P> beginOnSqlite(List<Handle> handles, Function<Handle, List<P>> plan) {
        try (Handle writer = writes.open()) {
            writer.begin(); // BEGIN IMMEDIATE (the write pool's mode): from here until the rollback nobody commits
            try {
                Handle first = beginRead(handles);
                List<P> parts = plan.apply(first);
                while (handles.size() < parts.size()) {
                    // A WAL reader's snapshot is fixed by its first read, not by BEGIN.
                    beginRead(handles).createQuery("SELECT count(*) FROM sqlite_master").mapTo(Integer.class).one();
                }
                return parts;
            } finally {
                writer.rollback();
            }
        }
    }

    private <P> List<P> beginOnPostgresql(List<Handle> handles, Function<Handle, List<P>> plan) {
        Handle first = beginRead(handles);
        first.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        String snapshot = first.createQuery("SELECT pg_export_snapshot()").mapTo(String.class).one();
        if (!SNAPSHOT_ID.matcher(snapshot).matches()) {
            throw new StoreException("PostgreSQL exported a snapshot id this store does not understand: " + snapshot);
        }
        List<P> parts = plan.apply(first);
        while (handles.size() < parts.size()) {
            Handle other = beginRead(handles);
            other.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            other.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'"); // valid while the first transaction is open
        }
        return parts;
    }

    private Handle beginRead(List<Handle> handles) {
        Handle h = reads.open();
        handles.add(h);
        h.begin();
        return h;
    }

    private <P, T> List<T> readParts(List<Handle> handles, List<P> parts, BiFunction<Handle, P, T> part) {
        List<Future<T>> others = new ArrayList<>();
        for (int i = 1; i < parts.size(); i++) {
            Handle h = handles.get(i);
            P p = parts.get(i);
            others.add(partReaders.submit(() -> part.apply(h, p)));
        }
        List<T> out = new ArrayList<>(parts.size());
        Throwable failure = null;
        try {
            if (!parts.isEmpty()) {
                out.add(part.apply(handles.get(0), parts.get(0)));
            }
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        // Every part ends before its transaction does, even when one has failed.
        boolean interrupted = false;
        for (Future<T> other : others) {
            while (true) {
                try {
                    out.add(other.get());
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    if (failure == null) {
                        failure = cause;
                    } else {
                        failure.addSuppressed(cause);
                    }
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new StoreException("a part of a read failed: " + failure.getMessage(), failure);
        }
        return out;
    }

    /** Ends the read transactions (nothing to keep: they only read) and gives their connections back. */
    private static void endAll(List<Handle> handles) {
        RuntimeException failure = null;
        for (Handle h : handles) {
            try {
                try {
                    if (h.isInTransaction()) {
                        h.rollback();
                    }
                } finally {
                    h.close();
                }
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    void close() {
        closed = true;
        partReaders.shutdown();
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
                current.remembered.clear();
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
