package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.contract.PortExamples;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A SQLite store meets a full disk, a read-only file and a file deleted from under it: each write
 * is refused at once with its own code ({@code store.full}, {@code store.read-only},
 * {@code store.unavailable}) saying that nothing was saved, the readiness check says the same, and
 * once the fault is gone the same open store writes again — no restart. Timings are printed.
 *
 * <p>A full disk is a file with a page limit ({@code max_page_count} in the URL, applied by every
 * connection): it fills up, as a disk does, when other data takes the room (a ballast table, as
 * other files on a disk), and has room again when that data is deleted. A read-only file: denied
 * writing by its mode, or, for root whom modes do not stop, by the immutable attribute
 * ({@code chattr +i}); where neither is possible the test is skipped, saying why.
 */
class SqliteStoreFaultsTest {

    private final List<StoreLocation> databases = new ArrayList<>();
    private final List<Runnable> undo = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        undo.forEach(Runnable::run);
        databases.forEach(TestDatabase.SQLITE::drop);
    }

    private StoreLocation migrated() {
        StoreLocation location = TestDatabase.SQLITE.newMigrated();
        databases.add(location);
        return location;
    }

    /** Enough audit events (about 600 KiB) that saving them needs new pages in the file. */
    private static List<DomainEvent> aLotToSave(String prefix) {
        List<DomainEvent> events = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            events.add(PortExamples.event(prefix + "-" + i, 0, "agreement.drafted", 1, Map.of(), Map.of("note", "ข".repeat(700))));
        }
        return events;
    }

    private static Store open(StoreLocation location) {
        return Store.open(location, CriterionCodec.withInstalledKinds());
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static DomainException refusal(ThrowingCallable call) {
        try {
            call.call();
        } catch (DomainException e) {
            return e;
        } catch (Throwable t) {
            throw new AssertionError("expected the store's refusal, got " + t, t);
        }
        throw new AssertionError("expected the store's refusal, but it went through");
    }

    private static void sql(String url, String... statements) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long pageCount(String url) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA page_count")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_full_disk_is_refused_as_full_with_nothing_saved_and_the_store_writes_again_once_there_is_room() {
        StoreLocation plain = migrated();
        // 8 MiB of other data fills the "disk", which then ends where the file ends.
        sql(plain.jdbcUrl(), "PRAGMA journal_mode = WAL", "CREATE TABLE ballast (b BLOB)",
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 8) INSERT INTO ballast SELECT randomblob(1048576) FROM n");
        StoreLocation full = StoreLocation.parse(plain.jdbcUrl() + "?max_page_count=" + pageCount(plain.jdbcUrl()));

        try (Store store = open(full)) {
            long start = System.nanoTime();
            DomainException refused = refusal(() -> store.audit().append(aLotToSave("full")));
            long refusedIn = millisSince(start);
            start = System.nanoTime();
            DomainException notReady = refusal(store.maintenance()::checkReady);
            long notReadyIn = millisSince(start);

            assertThat(refused.kind()).isEqualTo(DomainException.Kind.UNAVAILABLE);
            assertThat(refused.code()).isEqualTo("store.full");
            assertThat(refused.getMessage()).contains(plain.sqliteFile().toString(), "is full", "nothing was saved", "free space");
            assertThat(store.audit().history("agreement", "full-0")).as("nothing of the refused write was saved").isEmpty();
            assertThat(notReady.code()).isEqualTo("store.full");
            assertThat(notReady.getMessage()).contains("nearly full", "free space");

            sql(plain.jdbcUrl(), "DELETE FROM ballast"); // someone frees space on the disk
            start = System.nanoTime();
            store.maintenance().checkReady();
            store.audit().append(aLotToSave("room"));
            long recoveredIn = millisSince(start);

            assertThat(store.audit().history("agreement", "room-299")).hasSize(1);
            assertThat(refusedIn).isLessThan(1_000);
            assertThat(notReadyIn).isLessThan(1_000);
            System.out.printf(Locale.ROOT, "SQLite full disk: write refused in %d ms, not ready in %d ms; ready and written %d ms after room was made%n",
                    refusedIn, notReadyIn, recoveredIn);
        }
    }

    @Test
    void a_file_that_is_read_only_is_refused_as_read_only_and_written_again_once_writable_without_reopening_the_store() throws IOException {
        StoreLocation location = migrated();
        Path file = location.sqliteFile();
        ReadOnly readOnly = ReadOnly.make(file);
        undo.add(readOnly::undo);

        // Opened while the file is read-only (a start, or the pool renewing its connections): SQLite opens it for reading only.
        try (Store store = open(location)) {
            long start = System.nanoTime();
            DomainException refused = refusal(() -> store.audit().append(aLotToSave("read-only")));
            long refusedIn = millisSince(start);
            start = System.nanoTime();
            DomainException notReady = refusal(store.maintenance()::checkReady);
            long notReadyIn = millisSince(start);

            assertThat(refused.code()).isEqualTo("store.read-only");
            assertThat(refused.getMessage()).contains(file.toString(), "cannot be written", "nothing was saved", "make them writable");
            assertThat(notReady.code()).isEqualTo("store.read-only");
            assertThat(store.audit().history("agreement", "read-only-0")).isEmpty();

            readOnly.undo();
            start = System.nanoTime();
            store.maintenance().checkReady();
            store.audit().append(aLotToSave("writable"));
            long recoveredIn = millisSince(start);

            assertThat(store.audit().history("agreement", "writable-0")).hasSize(1);
            assertThat(refusedIn).isLessThan(1_000);
            assertThat(notReadyIn).isLessThan(1_000);
            System.out.printf(Locale.ROOT, "SQLite read-only file (%s): write refused in %d ms, not ready in %d ms; ready and written %d ms after "
                    + "it was writable%n", readOnly.how, refusedIn, notReadyIn, recoveredIn);
        }
    }

    @Test
    void a_file_deleted_from_under_the_store_is_refused_as_unavailable_and_never_written_and_is_used_again_once_back()
            throws IOException, InterruptedException {
        StoreLocation location = migrated();
        Path file = location.sqliteFile();
        Path away = file.resolveSibling(file.getFileName() + ".away");
        try (Store store = open(location)) {
            store.audit().append(aLotToSave("before"));
            Files.move(file, away);
            undo.add(() -> {
                try {
                    Files.deleteIfExists(away);
                } catch (IOException ignored) {
                    // the temporary folder goes anyway
                }
            });

            long start = System.nanoTime();
            DomainException refused = refusal(() -> store.audit().append(aLotToSave("gone")));
            long refusedIn = millisSince(start);
            Thread.sleep(150); // reads look at the file at most every 100 ms
            DomainException readRefused = refusal(() -> store.audit().history("agreement", "before-0"));
            DomainException notReady = refusal(store.maintenance()::checkReady);

            assertThat(refused.code()).isEqualTo("store.unavailable");
            assertThat(refused.getMessage()).contains(file.toString(), "is gone", "nothing was saved", "put it back");
            assertThat(readRefused.code()).isEqualTo("store.unavailable");
            assertThat(notReady.code()).isEqualTo("store.unavailable");
            assertThat(Files.exists(file)).as("the store did not make an empty database in its place").isFalse();

            Files.move(away, file);
            store.audit().append(aLotToSave("back"));
            assertThat(store.audit().history("agreement", "before-0")).hasSize(1);
            assertThat(store.audit().history("agreement", "gone-0")).isEmpty();
            assertThat(store.audit().history("agreement", "back-0")).hasSize(1);
            assertThat(refusedIn).isLessThan(1_000);
            System.out.printf(Locale.ROOT, "SQLite file gone: write refused in %d ms%n", refusedIn);
        }
    }

    @Test
    void a_clean_close_leaves_the_whole_database_in_the_file_and_no_write_ahead_log() throws IOException {
        StoreLocation location = migrated();
        Path file = location.sqliteFile();
        Store store = open(location);
        store.audit().append(aLotToSave("kept"));
        assertThat(Files.size(Path.of(file + "-wal"))).as("the commit is in the log first").isPositive();

        store.close();

        Path wal = Path.of(file + "-wal");
        assertThat(!Files.exists(wal) || Files.size(wal) == 0).as("the log is folded into the file").isTrue();
        Path alone = file.resolveSibling("alone-" + file.getFileName());
        Files.copy(file, alone, StandardCopyOption.REPLACE_EXISTING); // the file without any log beside it
        try (Store copy = open(StoreLocation.parse(alone.toString()))) {
            assertThat(copy.audit().history("agreement", "kept-299")).hasSize(1);
        } finally {
            TestDatabase.SQLITE.drop(StoreLocation.parse(alone.toString()));
        }
    }

    /** A file made read-only by whatever works for this user, and how to undo it. */
    private static final class ReadOnly {
        final Path file;
        final String how;
        private boolean undone;

        private ReadOnly(Path file, String how) {
            this.file = file;
            this.how = how;
        }

        static ReadOnly make(Path file) throws IOException {
            boolean root = "root".equals(System.getProperty("user.name"));
            ReadOnly made;
            if (!root) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
                made = new ReadOnly(file, "mode 444");
            } else {
                made = new ReadOnly(file, "chattr +i, as root");
                int exit = run("chattr", "+i", file.toString());
                Assumptions.assumeTrue(exit == 0, "running as root, whom file modes do not stop, and chattr +i failed here (exit "
                        + exit + "): no other way to make the file read-only without mounting a file system");
            }
            try (FileChannel ignored = FileChannel.open(file, StandardOpenOption.WRITE)) {
                made.undo();
                Assumptions.abort("the file is still writable after " + made.how + ": this file system does not enforce it");
            } catch (IOException expected) {
                // read-only indeed
            }
            return made;
        }

        void undo() {
            if (undone) {
                return;
            }
            undone = true;
            try {
                if (how.startsWith("chattr")) {
                    run("chattr", "-i", file.toString());
                } else {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
                }
            } catch (IOException e) {
                throw new IllegalStateException("could not make " + file + " writable again", e);
            }
        }

        private static int run(String... command) throws IOException {
            try {
                return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
            } catch (IOException e) {
                return -1; // no chattr on this machine
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }
}
