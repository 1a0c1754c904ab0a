package appraisal.persistence;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * The databases the store runs on, and everything that differs between them in the schema: the
 * placeholders of the common migrations and the folder of the one migration written per database
 * (the audit trail's append-only trigger). Keeping it here keeps the differences in one place.
 */
public enum Dialect {

    /** One file, one writer at a time; the default for an office. */
    SQLITE("sqlite", ImmutableMap.of(
            "id", "TEXT",
            "identity", "INTEGER PRIMARY KEY AUTOINCREMENT")),

    /** A server shared by several app instances; for a department. */
    POSTGRESQL("postgresql", ImmutableMap.of(
            // Byte order of UTF-8 = code point order, as SQLite's default: lists ordered by id agree on both.
            "id", "TEXT COLLATE \"C\"",
            "identity", "BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY"));

    private final String folder;
    private final ImmutableMap<String, String> placeholders;

    Dialect(String folder, ImmutableMap<String, String> placeholders) {
        this.folder = folder;
        this.placeholders = placeholders;
    }

    /** Values of the {@code ${...}} placeholders in the common migrations. */
    ImmutableMap<String, String> placeholders() {
        return placeholders;
    }

    /** The folder of the migrations written for this database alone. */
    String migrationFolder() {
        return folder;
    }

    /**
     * Whether a transaction's reads all see one snapshot. SQLite's do (WAL: a read transaction
     * keeps the snapshot of its first read; a write transaction holds the only write lock), so a
     * read of several queries needs no check that nothing changed in between. PostgreSQL's READ
     * COMMITTED sees each commit as it lands.
     */
    boolean readsOneSnapshot() {
        return this == SQLITE;
    }

    /** Where Flyway finds this database's migrations: the common ones and its own. */
    ImmutableList<String> migrationLocations() {
        return ImmutableList.of("classpath:db/migration/common", "classpath:db/migration/" + folder);
    }
}
