package appraisal.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Reads in several read transactions at once, on several threads, that all see one snapshot of
 * the database (a round's load on every core); see {@link #readInParts}.
 */
final class SnapshotReads {

    /** What PostgreSQL's {@code pg_export_snapshot()} answers, e.g. {@code 00000003-0000001B-1}. */
    private static final Pattern SNAPSHOT_ID = Pattern.compile("[0-9A-Fa-f-]+");

    private final Dialect dialect;
    private final Jdbi writes;
    private final Jdbi reads;
    private final ExecutorService partReaders;

    SnapshotReads(Dialect dialect, Jdbi writes, Jdbi reads) {
        this.dialect = dialect;
        this.writes = writes;
        this.reads = reads;
        AtomicInteger threads = new AtomicInteger();
        this.partReaders = Executors.newCachedThreadPool(work -> {
            Thread thread = new Thread(work, "appraisal-part-reader-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
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
     * Not for a thread inside a unit of work: other transactions would not see its writes.
     */
    <P, T> List<T> readInParts(int most, Function<Handle, List<P>> plan, BiFunction<Handle, P, T> part) {
        List<Handle> handles = new ArrayList<>();
        try {
            List<P> parts = dialect == Dialect.SQLITE ? beginOnSqlite(handles, plan) : beginOnPostgresql(handles, plan);
            if (parts.size() > most || parts.size() > handles.size()) {
                throw new IllegalStateException("planned " + parts.size() + " parts for " + handles.size() + " transactions");
            }
            return readParts(handles, parts, part);
        } finally {
            endAll(handles);
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
        partReaders.shutdown();
    }
}
