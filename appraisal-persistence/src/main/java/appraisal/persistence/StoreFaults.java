package appraisal.persistence;

import appraisal.domain.model.shared.DomainException;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.io.IOException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.sqlite.SQLiteException;

/**
 * What the store says when the database cannot do its part — stopped, unreachable, full,
 * read-only, its file gone, or busy past waiting — as a domain refusal of kind
 * {@code UNAVAILABLE} with a stable code and one line that says what, where, whether anything was
 * saved and what to do. Every way into the database (the unit of work, the probes, maintenance)
 * hands its failures here, so the adapters map one kind once (HTTP 503, CLI exit code 5).
 *
 * <ul>
 *   <li>{@code store.unavailable}: the database does not answer, its connection broke, or (SQLite)
 *       its file is gone or cannot be opened;</li>
 *   <li>{@code store.full}: no room left (SQLite {@code SQLITE_FULL}: the disk, or the file's size
 *       limit; PostgreSQL {@code 53100});</li>
 *   <li>{@code store.read-only}: SQLite {@code SQLITE_READONLY} (the file, its folder or its disk
 *       is read-only); PostgreSQL {@code 25006} (a standby, or read-only transactions);</li>
 *   <li>{@code store.busy}: another writer held a SQLite file past the busy timeout, every pooled
 *       connection stayed in use past the pool's wait, or PostgreSQL has no connection left;</li>
 *   <li>{@code store.commit-unknown}: the connection broke while a transaction that wrote was
 *       committing. The database may have committed before it went, so the caller is told that
 *       the change may or may not have been saved, never that it failed. Where the failure came
 *       before the commit was asked for, the database undoes the transaction and the message says
 *       that nothing was saved.</li>
 * </ul>
 *
 * <p>Recovery needs no restart. A connection that met one of these faults is dropped from its pool
 * (HikariCP drops PostgreSQL's broken ones itself; for SQLite {@link #evictionRule} tells it to), so
 * the next one is opened afresh: a SQLite connection opened while the file was read-only stays
 * read-only for its life, and one whose transaction SQLite rolled back by itself on a full disk
 * is left in a state the driver does not track. A SQLite file deleted or replaced under the store
 * is noticed before a transaction starts (its file key changed), so no write goes to a deleted
 * file: while it is gone the store answers {@code store.unavailable}; once a file is back the pools
 * open it.
 *
 * <p>{@link #checkReady} is the readiness probe: a trial write that is rolled back, and for SQLite
 * the room left, answered within {@value #READY_WAIT_MILLIS} ms.
 */
final class StoreFaults implements AutoCloseable {

    /** What a failing piece of work had done, which decides what can be said about what was saved. */
    enum Phase {
        /** Reading: nothing to save. */
        READ,
        /** Writing, not yet committing: the database undoes it, nothing was saved. */
        WRITE,
        /** A transaction that wrote had asked to commit: if the connection broke now, it may or may not be saved. */
        COMMIT
    }

    /** What went wrong with the database, as the store tells it. */
    private enum Fault {
        UNREACHABLE,
        FULL,
        READ_ONLY,
        BUSY
    }

    /** How long {@link #checkReady} waits for its trial write before it answers that the store is busy. */
    static final long READY_WAIT_MILLIS = 1_000;

    /** How often, at most, a read looks whether the SQLite file is still the one opened (a write always looks). */
    private static final long FILE_CHECK_MILLIS = 100;

    /** A statement that asks for a write transaction and changes nothing: refused by a read-only database. */
    private static final String TRIAL_WRITE = "UPDATE change_counter SET counter = counter WHERE 1 = 0";

    // SQLite's primary result codes (the low byte of extended ones).
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_LOCKED = 6;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_IOERR = 10;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;

    private final StoreLocation location;
    private final boolean sqlite;
    private volatile List<HikariDataSource> pools = List.of();
    private volatile List<ConnectionOpener> openers = List.of();
    private final ExecutorService prober = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "appraisal-ready-probe");
        thread.setDaemon(true);
        return thread;
    });
    private CompletableFuture<Void> probing;
    private volatile Object fileKey;
    /** SQLite write connections opened while the file could not be written (weak: the pool may close them any time). */
    private final Set<Connection> openedReadOnly = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private volatile long fileCheckedAt;

    StoreFaults(StoreLocation location) {
        this.location = location;
        this.sqlite = location.dialect() == Dialect.SQLITE;
    }

    /** The store's pools (the write pool first) and their openers, once they exist; for SQLite, the file they opened. */
    void watch(List<HikariDataSource> pools, List<ConnectionOpener> openers) {
        this.pools = List.copyOf(pools);
        this.openers = List.copyOf(openers);
        this.fileKey = sqlite ? currentFileKey().orElse(null) : null;
    }

    /**
     * Which SQLite failures make HikariCP drop the connection that met them instead of lending it
     * again: see the class comment. PostgreSQL's broken connections (SQL states 08…, 57P0…) it
     * recognises itself.
     */
    static SQLExceptionOverride evictionRule() {
        return new SQLExceptionOverride() {
            @java.lang.Override
            public SQLExceptionOverride.Override adjudicate(SQLException e) {
                if (e instanceof SQLiteException) {
                    int code = e.getErrorCode() & 0xFF;
                    if (code == SQLITE_FULL || code == SQLITE_READONLY || code == SQLITE_IOERR || code == SQLITE_CANTOPEN) {
                        return SQLExceptionOverride.Override.MUST_EVICT;
                    }
                }
                return SQLExceptionOverride.Override.CONTINUE_EVICT;
            }
        };
    }

    // ------------------------------------------------------------------ connections opened read-only

    /**
     * Shown each connection the SQLite write pool opens: one opened while the file cannot be
     * written is read-only for its life (SQLite falls back to reading when it cannot open the file
     * for writing, and never looks again), so it is noted, to be dropped once the file is writable.
     * The pool may open one any time (it keeps one ready), not only when a write asks for it.
     */
    void opened(Connection physical) {
        if (sqlite && !Files.isWritable(location.sqliteFile())) {
            openedReadOnly.add(physical);
        }
    }

    /**
     * How the store borrows a connection to write: from {@code pool}, but a SQLite connection
     * opened while the file was read-only is dropped once the file is writable and another one is
     * borrowed, so the first write after the file was fixed succeeds. (While the file stays
     * read-only such a connection is lent: its write fails at once with {@code store.read-only}.)
     */
    ConnectionFactory writeConnections(HikariDataSource pool) {
        if (!sqlite) {
            return pool::getConnection;
        }
        return () -> {
            while (true) {
                Connection connection = pool.getConnection();
                Connection physical = connection.unwrap(Connection.class);
                if (!openedReadOnly.contains(physical) || !Files.isWritable(location.sqliteFile())) {
                    return connection;
                }
                openedReadOnly.remove(physical);
                pool.evictConnection(connection);
            }
        };
    }

    // ------------------------------------------------------------------ before work

    /**
     * SQLite: refuses work while the file is gone, and lets the pools open a file that replaced
     * the one opened. A write always looks (a write into a deleted file would be lost); a read looks
     * at most every {@value #FILE_CHECK_MILLIS} ms (a look is a stat of the file). PostgreSQL: nothing to look at.
     */
    void beforeUse(boolean writing) {
        if (!sqlite) {
            return;
        }
        long now = System.nanoTime();
        if (!writing && now - fileCheckedAt < TimeUnit.MILLISECONDS.toNanos(FILE_CHECK_MILLIS)) {
            return;
        }
        Optional<Object> key = currentFileKey();
        if (key.isEmpty()) {
            throw DomainException.unavailable("store.unavailable", location.where() + " is gone (deleted or moved away)"
                    + (writing ? "; nothing was saved" : "") + ": put it back (appraisal restore from a backup), then try again");
        }
        if (!key.get().equals(fileKey)) {
            // Another file now has the name: connections still open read and write the old one, which nobody else sees.
            fileKey = key.get();
            pools.forEach(pool -> pool.getHikariPoolMXBean().softEvictConnections());
        }
        fileCheckedAt = now;
    }

    private Optional<Object> currentFileKey() {
        try {
            Object key = Files.readAttributes(location.sqliteFile(), BasicFileAttributes.class).fileKey();
            return Optional.of(key == null ? Boolean.TRUE : key);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw DomainException.unavailable("store.unavailable", location.where() + " cannot be looked at (" + e.getMessage()
                    + "): check the disk and the file's permissions");
        }
    }

    // ------------------------------------------------------------------ translating failures

    /**
     * A transaction on {@code jdbi} for a change, whose failure is reported as this store's
     * refusal: before the commit, nothing was saved; while committing, if the transaction had
     * written ({@code wrote}, asked when it fails) and the connection broke, the outcome is unknown.
     */
    <T> T inWriteTransaction(Jdbi jdbi, HandleCallback<T, RuntimeException> work, BooleanSupplier wrote) {
        boolean[] committing = {false};
        try {
            return jdbi.inTransaction(handle -> {
                T result = work.withHandle(handle);
                committing[0] = true; // Jdbi commits as soon as this returns
                return result;
            });
        } catch (RuntimeException e) {
            throw translate(e, committing[0] && wrote.getAsBoolean() ? Phase.COMMIT : Phase.WRITE);
        }
    }

    /**
     * {@code failure} as the store's {@code UNAVAILABLE} refusal when the database could not do its
     * part, else {@code failure} itself (a domain refusal, a bug, a constraint the schema enforces).
     */
    RuntimeException translate(RuntimeException failure, Phase phase) {
        if (failure instanceof DomainException) {
            return failure;
        }
        return refusal(failure, phase).map(RuntimeException.class::cast).orElse(failure);
    }

    /** {@code failure}, met by plain JDBC, as {@link #translate} says; otherwise a store exception saying {@code what} failed. */
    RuntimeException translate(SQLException failure, Phase phase, String what) {
        return refusal(failure, phase).map(RuntimeException.class::cast)
                .orElseGet(() -> new StoreException(what + ": " + StoreLocation.redact(firstLine(failure.getMessage())), failure));
    }

    /** Drops a connection a plain JDBC caller met a fault on (the pool cannot see failures on statements prepared under its proxy). */
    void dropIfBroken(Connection connection, SQLException failure) {
        if (connection != null && classify(failure).isPresent() && !pools.isEmpty()) {
            pools.get(0).evictConnection(connection); // a pooled connection knows its own pool
        }
    }

    private Optional<DomainException> refusal(Throwable failure, Phase phase) {
        return classify(failure).map(found -> {
            Fault fault = found.fault();
            if (fault == Fault.UNREACHABLE && phase == Phase.COMMIT) {
                return DomainException.unavailable("store.commit-unknown", location.where() + " stopped answering while a change was being"
                        + " committed (" + found.cause() + "): it may or may not have been saved; look at what you changed (its version"
                        + " tells) before trying again");
            }
            String notSaved = phase == Phase.READ ? "" : "; nothing was saved";
            return switch (fault) {
                case UNREACHABLE -> DomainException.unavailable("store.unavailable", location.where()
                        + (sqlite ? " cannot be used (" : " does not answer (") + found.cause() + ")" + notSaved
                        + (sqlite ? ": check the file and its disk, then try again"
                        : ": check that the server is running and can be reached at that host and port, then try again"));
                case FULL -> DomainException.unavailable("store.full", sqlite
                        ? "the disk holding " + location.sqliteFile() + " is full (or the file reached its size limit)" + notSaved
                                + ": free space on that disk, then try again"
                        : location.where() + " has no disk space left (" + found.cause() + ")" + notSaved
                                + ": its administrator must free space on the server's disk");
                case READ_ONLY -> DomainException.unavailable("store.read-only", sqlite
                        ? location.sqliteFile() + " cannot be written (the file, its folder or its disk is read-only)" + notSaved
                                + ": make them writable for the user running appraisal, then try again"
                        : location.where() + " accepts no writes (" + found.cause() + ")" + notSaved
                                + ": point --db at the primary server, not a standby");
                case BUSY -> DomainException.unavailable("store.busy", location.where() + " is busy (" + found.cause() + ")" + notSaved
                        + ": try again in a moment");
            };
        });
    }

    /** A fault and what the driver said about it, in a few words. */
    private record Found(Fault fault, String cause) {
    }

    private Optional<Found> classify(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException e) {
                return sqliteFault(e);
            }
            if (t instanceof SQLTransientConnectionException e && String.valueOf(e.getMessage()).contains("Connection is not available")) {
                // The pool's wait ran out: the database is down if opening a connection fails, else every connection was busy.
                for (ConnectionOpener opener : openers) {
                    Optional<SQLException> down = opener.lastFailure();
                    if (down.isPresent()) {
                        return Optional.of(classify(down.get()).orElse(new Found(Fault.UNREACHABLE, cause(down.get()))));
                    }
                }
                return Optional.of(new Found(Fault.BUSY, "no connection to it was free for "
                        + String.valueOf(e.getMessage()).replaceAll(".*timed out after (\\d+ms).*", "$1")));
            }
            if (t instanceof SQLException e && e.getSQLState() != null) {
                Optional<Fault> fault = postgresqlFault(e.getSQLState());
                if (fault.isPresent()) {
                    return Optional.of(new Found(fault.get(), cause(e)));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> sqliteFault(SQLiteException e) {
        int code = e.getErrorCode() & 0xFF;
        return switch (code) {
            case SQLITE_FULL -> Optional.of(new Found(Fault.FULL, "SQLITE_FULL"));
            case SQLITE_READONLY -> Optional.of(new Found(Fault.READ_ONLY, "SQLITE_READONLY"));
            case SQLITE_CANTOPEN -> Optional.of(new Found(Fault.UNREACHABLE, "the file cannot be opened"));
            case SQLITE_IOERR -> Optional.of(new Found(Fault.UNREACHABLE, "a disk error: " + e.getResultCode().name()));
            case SQLITE_BUSY, SQLITE_LOCKED -> Optional.of(new Found(Fault.BUSY, "another writer held it for more than "
                    + Store.BUSY_TIMEOUT_MILLIS / 1000 + " s"));
            default -> Optional.empty();
        };
    }

    private static Optional<Fault> postgresqlFault(String state) {
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")) {
            return Optional.of(Fault.UNREACHABLE); // connection exceptions; the server shutting down, crashed, or starting
        }
        return switch (state) {
            case "53100" -> Optional.of(Fault.FULL);
            case "25006" -> Optional.of(Fault.READ_ONLY);
            case "53300" -> Optional.of(Fault.BUSY); // too many connections
            // The server ended the transaction to let another one through (deadlock, serialization
            // failure, a lock not granted): nothing was saved, and the same request may pass a moment later.
            case "40001", "40P01", "55P03" -> Optional.of(Fault.BUSY);
            default -> Optional.empty();
        };
    }

    /** What the driver said, in a few words: the network's reason when there is one ("Connection refused"), else its first line. */
    private static String cause(SQLException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof UnknownHostException) {
            return "unknown host " + root.getMessage();
        }
        if (root instanceof IOException && root.getMessage() != null) {
            return root.getMessage();
        }
        return StoreLocation.redact(firstLine(e.getMessage()));
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "no reason given";
        }
        String line = text.strip();
        int end = line.indexOf('\n');
        return (end < 0 ? line : line.substring(0, end)).strip();
    }

    // ------------------------------------------------------------------ readiness

    /**
     * Whether the store could take a write now: returns, or throws its refusal. One trial runs at
     * a time (callers asking meanwhile wait for the same one), on a thread of its own, so a store
     * that hangs costs one thread and every caller hears within {@value #READY_WAIT_MILLIS} ms.
     */
    void checkReady() {
        CompletableFuture<Void> trial;
        synchronized (this) {
            if (probing == null || probing.isDone()) {
                probing = CompletableFuture.runAsync(this::trialWrite, prober);
            }
            trial = probing;
        }
        try {
            trial.get(READY_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw DomainException.unavailable("store.busy", location.where() + " did not take a trial write within "
                    + READY_WAIT_MILLIS + " ms" + (sqlite ? " (another write holds it)" : " (it does not answer in time)")
                    + ": try again in a moment");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof RuntimeException r ? translate(r, Phase.READ)
                    : new StoreException("the readiness probe failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while probing " + location);
        }
    }

    /** Room to grow (SQLite), then a write transaction with a statement that changes nothing, rolled back. */
    private void trialWrite() {
        beforeUse(true);
        try (Connection c = writeConnections(pools.get(0)).openConnection()) {
            try {
                if (sqlite) {
                    requireRoom(c);
                }
                c.setAutoCommit(false); // SQLite: BEGIN IMMEDIATE, the write lock
                try (Statement s = c.createStatement()) {
                    s.executeUpdate(TRIAL_WRITE);
                } catch (SQLException refused) {
                    try {
                        c.rollback(); // the pool may have closed a connection that met a fault already
                    } catch (SQLException alsoRefused) {
                        refused.addSuppressed(alsoRefused);
                    }
                    throw refused;
                }
                c.rollback();
                c.setAutoCommit(true);
            } catch (SQLException e) {
                throw translate(e, Phase.READ, "the trial write on " + location.where() + " failed");
            }
        } catch (SQLException e) {
            throw translate(e, Phase.READ, "could not get a connection to " + location.where());
        }
    }

    /**
     * A SQLite store is not ready when it has less room than one cycle of its write-ahead log
     * ({@code wal_autocheckpoint} pages, 4 MiB by default): the next commits would fail on a full
     * disk. Room is the free space of the disk (for this user), within the file's page limit
     * ({@code max_page_count}), plus the free pages inside the file.
     */
    private void requireRoom(Connection c) throws SQLException {
        long pageSize = pragma(c, "page_size");
        long pages = pragma(c, "page_count");
        long freePages = pragma(c, "freelist_count");
        long mostPages = pragma(c, "max_page_count");
        long needed = pragma(c, "wal_autocheckpoint") * pageSize;
        long disk;
        try {
            Path file = location.sqliteFile().toAbsolutePath();
            disk = Files.getFileStore(file).getUsableSpace();
        } catch (IOException e) {
            throw new StoreException("cannot tell the free space of " + location.where() + ": " + e.getMessage(), e);
        }
        long room = Math.min(disk, Math.max(0, mostPages - pages) * pageSize) + freePages * pageSize;
        if (room < needed) {
            throw DomainException.unavailable("store.full", "the disk holding " + location.sqliteFile() + " is nearly full: "
                    + kib(room) + " left (or the file is near its size limit), less than the " + kib(needed)
                    + " a write may need: free space on that disk");
        }
    }

    private static String kib(long bytes) {
        return String.format(Locale.ROOT, "%,d KiB", bytes / 1024);
    }

    private static long pragma(Connection c, String name) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }
}
