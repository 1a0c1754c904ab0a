package appraisal.persistence;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.audit.AuditSeal;
import appraisal.domain.model.audit.SealedEvent;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.store.BackupReceipt;
import appraisal.domain.model.store.IntegrityProblem;
import appraisal.domain.model.store.RestoreReceipt;
import appraisal.domain.model.store.StorageInspection;
import appraisal.domain.model.store.StoredAgreement;
import appraisal.domain.port.out.StoreMaintenance;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Backup, restore and inspection of a store, in the backup format of {@link BackupFile}.
 *
 * <p><b>Backup.</b> SQLite: {@code VACUUM INTO} on a read connection: one read transaction, so
 * the copy is the database as of one commit while writers go on (WAL), compacted. PostgreSQL: a
 * new SQLite file is migrated to the same schema and every table copied into it from one
 * REPEATABLE READ, READ ONLY transaction, so it too is one instant while writers go on. pg_dump
 * is not used: it is not on an office's machine, and its output would restore only into
 * PostgreSQL.
 *
 * <p><b>Restore</b> is one write transaction on the store: the write lock is taken first
 * (SQLite {@code BEGIN IMMEDIATE}; PostgreSQL {@code LOCK TABLE … IN EXCLUSIVE MODE}, readers go
 * on), then the rows are counted, so nothing can be committed between deciding that the store is
 * empty and replacing it. Replaced rows are first copied aside (SQLite: {@code VACUUM INTO
 * <store>.before-restore-<time>} of the last commit, which is what the lock holder sees;
 * PostgreSQL: a backup file {@code <database>.before-restore-<time>.db} next to the backup read).
 * Then the audit trail's append-only triggers are lifted inside the transaction ({@link
 * AuditTriggers}), every table is emptied children first and filled parents first from the backup
 * (the audit events with the seals they have), the audit numbering continues after the backup's
 * last event, the triggers come back, the store starts a new epoch ({@link StoreEpochRow}), the
 * counts are compared with the backup's, and it commits. Any failure rolls all of it back. A
 * backup of an older schema is restored from a migrated temporary copy (its events sealed there
 * with this store's key, if it is from before V12); one of a newer schema is refused.
 *
 * <p><b>Inspection</b> reads, in one snapshot, the database's own checks, the rows, the listing
 * of agreements and every audit event with its seal, which it hands to the caller to verify.
 */
final class JdbiStoreMaintenance implements StoreMaintenance {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final StoreLocation location;
    private final StoreFaults faults;
    private final DataSource writeSource;
    private final Jdbi writes;
    private final Jdbi reads;
    private final AuditRows audit;

    JdbiStoreMaintenance(StoreLocation location, StoreFaults faults, DataSource writeSource, Jdbi writes, Jdbi reads, AuditRows audit) {
        this.location = location;
        this.faults = faults;
        this.writeSource = writeSource;
        this.writes = writes;
        this.reads = reads;
        this.audit = audit;
    }

    private boolean sqlite() {
        return location.dialect() == Dialect.SQLITE;
    }

    private String schemaVersion() {
        return Schema.currentVersion(writeSource, location.dialect());
    }

    // ---------------------------------------------------------------- backup

    @Override
    public BackupReceipt backup(String file) {
        Path target = BackupFile.path(file, "backup");
        if (Files.exists(target)) {
            throw DomainException.refused("backup.target-exists", target + " exists already; a backup never overwrites a file");
        }
        Path temp = BackupFile.temporaryNextTo(target);
        try {
            if (sqlite()) {
                vacuumInto(temp);
            } else {
                export(temp);
            }
            BackupFile.sync(temp);
            BackupFile.Contents contents = BackupFile.read(temp);
            BackupFile.publish(temp, target, "backup");
            return new BackupReceipt(location.toString(), target.toString(), size(target), contents.schemaVersion(), contents.rows());
        } finally {
            BackupFile.deleteQuietly(temp);
        }
    }

    /**
     * SQLite's own consistent copy: one read transaction, so writers on the WAL are not held up.
     * The copy is a store of its own ({@code --db} can open it) and gets an epoch of its own: its
     * agreements' versions must not pass for this store's.
     */
    private void vacuumInto(Path temp) {
        reads.useHandle(h -> {
            try (PreparedStatement vacuum = h.getConnection().prepareStatement("VACUUM INTO ?")) {
                vacuum.setString(1, temp.toString());
                vacuum.execute();
            } catch (SQLException e) {
                throw new StoreException("could not back up " + location + " to " + temp + ": " + e.getMessage(), e);
            }
        });
        try (Connection copy = BackupFile.dataSource(temp, false).getConnection()) {
            StoreEpochRow.renew(copy);
        } catch (SQLException e) {
            throw new StoreException("could not back up " + location + " to " + temp + ": " + e.getMessage(), e);
        }
    }

    /** PostgreSQL: every table, from one snapshot, into a new SQLite file at the same schema version. */
    private void export(Path temp) {
        writes.useTransaction(TransactionIsolationLevel.REPEATABLE_READ, h -> {
            h.execute("SET TRANSACTION READ ONLY");
            exportFrom(h.getConnection(), temp);
        });
    }

    /** Writes every row {@code source}'s transaction sees into a new SQLite file at {@code temp}. */
    private void exportFrom(Connection source, Path temp) {
        DataSource file = BackupFile.dataSource(temp, false);
        Schema.migrate(file, Dialect.SQLITE, Optional.of(audit));
        String exported = Schema.currentVersion(file, Dialect.SQLITE);
        String ours = schemaVersion();
        if (!exported.equals(ours)) {
            throw new StoreException("the store is at schema version " + ours + " but a backup file is at " + exported);
        }
        try (Connection out = file.getConnection()) {
            out.setAutoCommit(false);
            for (String table : StoreTables.IN_ORDER) {
                RowCopy.copy(source, out, Dialect.SQLITE, table);
            }
            out.commit();
        } catch (SQLException e) {
            throw new StoreException("could not copy " + location + " to " + temp + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---------------------------------------------------------------- restore

    @Override
    public RestoreReceipt restore(String file, boolean replace, Instant at) {
        Path source = BackupFile.path(file, "restore");
        if (!Files.isRegularFile(source)) {
            throw DomainException.notFound("restore.no-backup", "there is no backup " + source);
        }
        BackupFile.Contents contents = BackupFile.read(source);
        String ours = schemaVersion();
        MigrationVersion theirs = MigrationVersion.fromVersion(contents.schemaVersion());
        if (theirs.isNewerThan(ours)) {
            throw DomainException.refused("restore.newer-schema", source + " is at schema version " + contents.schemaVersion()
                    + ", newer than this program's " + ours + ": restore it with the program that wrote it");
        }
        Path readable = source;
        Path migrated = null;
        try {
            if (!theirs.getVersion().equals(ours)) {
                // Never change the user's backup: bring a temporary copy up to this schema instead.
                migrated = BackupFile.temporaryNextTo(sqlite() ? location.sqliteFile().toAbsolutePath() : source);
                Files.copy(source, migrated);
                // Events of a backup from before V12 are sealed in the copy, with this store's key.
                Schema.migrate(BackupFile.dataSource(migrated, false), Dialect.SQLITE, Optional.of(audit));
                readable = migrated;
            }
            Path from = readable;
            faults.beforeUse(true);
            return faults.inWriteTransaction(writes, h -> replaceRows(h.getConnection(), from, source, contents, replace, at, ours), () -> true);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + source + ": " + e.getMessage(), e);
        } finally {
            if (migrated != null) {
                BackupFile.deleteQuietly(migrated);
            }
        }
    }

    /** The restore proper, in the store's write transaction on {@code store}. */
    private RestoreReceipt replaceRows(Connection store, Path readable, Path source, BackupFile.Contents contents, boolean replace,
                                       Instant at, String schemaVersion) {
        try {
            if (!sqlite()) {
                try (Statement s = store.createStatement()) {
                    // Writers wait until the restore commits; readers go on seeing the old rows until then. The
                    // epoch first: a use case that checked it (StoreEpochRow.HOLD_OFF_RESTORES) ends before the restore begins.
                    s.execute("LOCK TABLE " + StoreEpochRow.TABLE + ", " + String.join(", ", StoreTables.IN_ORDER) + " IN EXCLUSIVE MODE");
                }
            }
            ImmutableMap<String, Long> before = StoreTables.count(store);
            Optional<String> setAside = Optional.empty();
            if (StoreTables.total(before) > 0) {
                if (!replace) {
                    throw DomainException.refused("restore.store-not-empty", location + " holds " + StoreTables.total(before)
                            + " rows (" + before.get("agreement") + " agreements); restoring would replace them: ask for it "
                            + "explicitly (--replace), they are then copied aside first");
                }
                setAside = Optional.of(setAside(store, source, at).toString());
            }
            AuditTriggers triggers = AuditTriggers.lift(store, location.dialect());
            try (Statement s = store.createStatement()) {
                // Sessions and failed sign-ins are not restored: everyone signs in again.
                for (String table : StoreTables.TRANSIENT) {
                    s.executeUpdate("DELETE FROM " + table);
                }
                for (String table : StoreTables.IN_ORDER.reverse()) {
                    s.executeUpdate("DELETE FROM " + table);
                }
            }
            try (Connection backup = BackupFile.dataSource(readable, true).getConnection()) {
                backup.setAutoCommit(false);
                for (String table : StoreTables.IN_ORDER) {
                    RowCopy.copy(backup, store, location.dialect(), table);
                }
                backup.commit();
            }
            continueAuditNumbering(store);
            Map<String, Long> resealed = audit.resealUnknown(store);
            triggers.restore(store);
            // Versions went back with the rows: from now on they are counted in a new epoch.
            StoreEpochRow.renew(store);
            ImmutableMap<String, Long> after = StoreTables.count(store);
            if (!after.equals(contents.rows())) {
                throw new StoreException("restoring " + source + " gave " + after + " rows instead of " + contents.rows() + "; nothing was changed");
            }
            return new RestoreReceipt(location.toString(), source.toString(), schemaVersion, after, before, setAside,
                    ImmutableMap.copyOf(resealed));
        } catch (SQLException e) {
            throw new StoreException("could not restore " + source + " into " + location + "; nothing was changed: " + e.getMessage(), e);
        }
    }

    /** Copies the rows about to be replaced into a file of their own; returns it. */
    private Path setAside(Connection store, Path source, Instant at) {
        if (sqlite()) {
            // We hold the write lock but have not written: a reader's snapshot is exactly what we are about to replace.
            Path aside = freeName(location.sqliteFile().toAbsolutePath() + ".before-restore-" + STAMP.format(at), "");
            Path temp = BackupFile.temporaryNextTo(aside);
            try {
                vacuumInto(temp);
                BackupFile.sync(temp);
                BackupFile.publish(temp, aside, "restore");
            } finally {
                BackupFile.deleteQuietly(temp);
            }
            return aside;
        }
        String database = location.jdbcUrl().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
        Path aside = freeName(source.resolveSibling(database + ".before-restore-" + STAMP.format(at)).toString(), ".db");
        Path temp = BackupFile.temporaryNextTo(aside);
        try {
            exportFrom(store, temp);
            BackupFile.sync(temp);
            BackupFile.publish(temp, aside, "restore");
        } finally {
            BackupFile.deleteQuietly(temp);
        }
        return aside;
    }

    /** {@code base + suffix}, or {@code base-2 + suffix}, … whichever does not exist yet. */
    private static Path freeName(String base, String suffix) {
        Path candidate = Path.of(base + suffix);
        for (int n = 2; Files.exists(candidate); n++) {
            candidate = Path.of(base + "-" + n + suffix);
        }
        return candidate;
    }

    /** New audit events continue after the last restored one, as they would have in the backed-up store. */
    private void continueAuditNumbering(Connection store) throws SQLException {
        try (Statement s = store.createStatement()) {
            if (sqlite()) {
                s.executeUpdate("UPDATE sqlite_sequence SET seq = (SELECT COALESCE(MAX(seq), 0) FROM audit_event) WHERE name = 'audit_event'");
            } else {
                s.execute("SELECT setval(pg_get_serial_sequence('audit_event', 'seq'), (SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_event), false)");
            }
        }
    }

    // ---------------------------------------------------------------- readiness

    @Override
    public void checkReady() {
        faults.checkReady();
    }

    // ---------------------------------------------------------------- inspection

    @Override
    public StorageInspection inspect(Consumer<SealedEvent> trail) {
        // One snapshot: the agreements' versions, their audit summaries and the trail agree with each other.
        TransactionIsolationLevel isolation = sqlite() ? TransactionIsolationLevel.SERIALIZABLE : TransactionIsolationLevel.REPEATABLE_READ;
        return reads.inTransaction(isolation, h -> {
            Connection c = h.getConnection();
            try {
                List<IntegrityProblem> problems = new ArrayList<>();
                if (sqlite()) {
                    problems.addAll(sqliteChecks(c));
                }
                problems.addAll(auditTriggerChecks(c));
                ImmutableMap<String, Long> rows = StoreTables.count(c);
                ImmutableList<StoredAgreement> agreements = agreements(c);
                audit.walk(h, trail);
                return new StorageInspection(location.toString(), schemaVersion(), rows, ImmutableList.copyOf(problems), agreements);
            } catch (SQLException e) {
                throw new StoreException("could not inspect " + location + ": " + e.getMessage(), e);
            }
        });
    }

    @Override
    public AuditSeal auditSeal() {
        return audit.seal();
    }

    /** SQLite's checks of every page, index and foreign key. */
    private static List<IntegrityProblem> sqliteChecks(Connection c) throws SQLException {
        List<IntegrityProblem> problems = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check(100)")) {
                while (rs.next()) {
                    if (!rs.getString(1).equals("ok")) {
                        problems.add(new IntegrityProblem("sqlite.integrity", "store", rs.getString(1)));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    problems.add(new IntegrityProblem("sqlite.foreign-key", rs.getString(1), "row " + rs.getLong(2)
                            + " refers to a " + rs.getString(3) + " row that does not exist"));
                }
            }
        }
        return problems;
    }

    /** The audit trail is append-only only while its triggers are there (and, on PostgreSQL, enabled). */
    private List<IntegrityProblem> auditTriggerChecks(Connection c) throws SQLException {
        Map<String, Boolean> enabled = new LinkedHashMap<>();
        String sql = sqlite()
                ? "SELECT name, 1 FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'"
                : "SELECT tgname, tgenabled <> 'D' FROM pg_trigger WHERE tgrelid = 'audit_event'::regclass AND NOT tgisinternal";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                enabled.put(rs.getString(1), rs.getBoolean(2));
            }
        }
        List<String> expected = sqlite() ? List.of("audit_event_no_update", "audit_event_no_delete")
                : List.of("audit_event_no_update_or_delete", "audit_event_no_truncate");
        List<IntegrityProblem> problems = new ArrayList<>();
        for (String trigger : expected) {
            if (!enabled.getOrDefault(trigger, false)) {
                problems.add(new IntegrityProblem("store.audit-not-append-only", StoreTables.AUDIT, "trigger " + trigger
                        + (enabled.containsKey(trigger) ? " is disabled" : " is missing") + ": audit events could be changed or deleted"));
            }
        }
        return problems;
    }

    private static ImmutableList<StoredAgreement> agreements(Connection c) throws SQLException {
        ImmutableList.Builder<StoredAgreement> out = ImmutableList.builder();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT a.id, a.round_id, a.appraisee_id, a.version, COUNT(e.seq), MAX(e.version)
                FROM agreement a LEFT JOIN audit_event e ON e.aggregate_type = 'agreement' AND e.aggregate_id = a.id
                GROUP BY a.id, a.round_id, a.appraisee_id, a.version
                ORDER BY a.id""")) {
            while (rs.next()) {
                long last = rs.getLong(6);
                OptionalLong lastAudited = rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(last);
                out.add(new StoredAgreement(new AgreementId(rs.getString(1)), new RoundId(rs.getString(2)), new PersonId(rs.getString(3)),
                        rs.getLong(4), rs.getLong(5), lastAudited));
            }
        }
        return out.build();
    }
}
