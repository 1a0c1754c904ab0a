package appraisal.persistence;

import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteOpenMode;

/**
 * The backup format, the same whichever database was backed up: a SQLite file at the store's
 * schema version (with its own Flyway history) holding every row of every table. A SQLite store
 * writes one with {@code VACUUM INTO}; a PostgreSQL store by copying its rows into a new file.
 * So a backup of either restores into either, and is itself a store {@code --db} can open.
 *
 * <p>Files are written under a temporary name in the target's folder, synced, and only then
 * linked to their name, which fails if the name exists: a backup never overwrites anything, and a
 * crash mid-backup leaves no half backup under the name asked for.
 */
final class BackupFile {

    /** What a readable backup holds. */
    record Contents(String schemaVersion, ImmutableMap<String, Long> rows) {
    }

    private BackupFile() {
    }

    static Path path(String file, String what) {
        try {
            return Path.of(file).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw DomainException.invalid(what + ".bad-path", "'" + file + "' is not a file path: " + e.getReason(), "file");
        }
    }

    /** A SQLite file as a data source: read-only (never created, never changed) or writable (created if missing). */
    static DataSource dataSource(Path file, boolean readOnly) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout(Store.BUSY_TIMEOUT_MILLIS);
        if (readOnly) {
            config.setReadOnly(true);
            config.setOpenMode(SQLiteOpenMode.READONLY);
        } else {
            config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        }
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file);
        return source;
    }

    /** A new temporary file next to {@code target}, for a backup in the making. */
    static Path temporaryNextTo(Path target) {
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw DomainException.invalid("backup.no-directory", "cannot write " + target + ": folder " + folder + " does not exist", "file");
        }
        try {
            Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".partial");
            Files.delete(temp);
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a backup's schema version and rows after SQLite's own checks of every page and
     * foreign key. Refuses ({@code restore.not-a-backup}) a file that is not a SQLite database, is
     * damaged, or was not written by this program.
     */
    static Contents read(Path file) {
        String name = file.toString();
        try (Connection c = dataSource(file, true).getConnection(); Statement s = c.createStatement()) {
            List<String> damage = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check(20)")) {
                while (rs.next()) {
                    if (!rs.getString(1).equals("ok")) {
                        damage.add(rs.getString(1));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                while (rs.next()) {
                    damage.add("a row of " + rs.getString(1) + " refers to a missing " + rs.getString(3) + " row");
                }
            }
            if (!damage.isEmpty()) {
                throw DomainException.invalid("restore.not-a-backup", name + " is damaged: " + String.join("; ", damage), "file");
            }
            MigrationVersion version = null;
            try (ResultSet rs = s.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
                while (rs.next()) {
                    MigrationVersion v = MigrationVersion.fromVersion(rs.getString(1));
                    if (version == null || v.isNewerThan(version)) {
                        version = v;
                    }
                }
            }
            if (version == null) {
                throw DomainException.invalid("restore.not-a-backup", name + " holds no schema: it is not a backup of this program", "file");
            }
            return new Contents(version.getVersion(), StoreTables.count(c));
        } catch (SQLException | FlywayException e) {
            throw DomainException.invalid("restore.not-a-backup", name + " is not a backup of this program: " + e.getMessage(), "file");
        }
    }

    /** Syncs a finished file to disk, so the name it is about to get never points at half a file after a power cut. */
    static void sync(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot sync " + file + ": " + e.getMessage(), e);
        }
    }

    /** Gives the finished {@code temp} the name {@code target}, refusing if the name exists; the temporary name goes. */
    static void publish(Path temp, Path target, String what) {
        try {
            try {
                // link() fails if the name exists, atomically: no check-then-write race with another backup.
                Files.createLink(target, temp);
                Files.delete(temp);
            } catch (FileAlreadyExistsException taken) {
                throw taken;
            } catch (IOException | UnsupportedOperationException noHardLinks) {
                // FAT and exFAT (a USB stick) have no hard links: a move that never replaces, checked just before it.
                Files.move(temp, target);
            }
            syncFolder(target.getParent());
        } catch (FileAlreadyExistsException e) {
            throw DomainException.refused(what + ".target-exists", target + " exists already; a backup never overwrites a file");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot name the backup " + target + ": " + e.getMessage(), e);
        }
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // Not every platform can sync a folder; the file itself is synced already.
        }
    }

    static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException ignored) {
                // A leftover temporary file is harmless and named as such.
            }
        }
    }
}
