package appraisal.persistence;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Brings a database to the current schema with Flyway, forward only: the same numbered
 * migrations on SQLite and PostgreSQL, with the dialect's placeholders. Safe to run on every
 * start.
 *
 * <p>Start-up speed: Flyway loads hundreds of classes and scans the jar, more than a CLI command
 * does otherwise. So after a successful migration the store records a fingerprint of the
 * migration files (and placeholders) it was migrated with; a start whose build has the same
 * fingerprint skips Flyway. Any difference — a new or edited migration, another dialect — runs
 * Flyway's full validate and migrate, so an edited migration is still refused.
 */
final class Schema {

    /** The dialect's migration files under {@code db/migration}, in version order, as this build ships them. */
    static List<String> migrations(Dialect dialect) {
        return MigrationFiles.of(dialect, Schema.class.getClassLoader());
    }

    /** The migration after whose script the program seals the events already stored and gives the store its epoch. */
    private static final String SEALED_TRAIL = "12";

    private Schema() {
    }

    /**
     * Migrates {@code dataSource}, a database without audit events (a new one; a test's), so no
     * key is needed to seal them; returns how many migrations were applied (0 when up to date).
     */
    static int migrate(DataSource dataSource, Dialect dialect) {
        return migrate(dataSource, dialect, Optional.empty());
    }

    /**
     * Migrates {@code dataSource}, sealing the audit events stored before V12 with {@code audit}'s
     * key; returns how many migrations were applied (0 when up to date).
     */
    static int migrate(DataSource dataSource, Dialect dialect, Optional<AuditRows> audit) {
        String fingerprint = fingerprint(dialect);
        if (fingerprint.equals(recordedFingerprint(dataSource).orElse(""))) {
            return 0;
        }
        try {
            int applied = flyway(dataSource, dialect).callbacks(new SealTheTrail(dialect, audit)).load().migrate().migrationsExecuted;
            record(dataSource, fingerprint);
            return applied;
        } catch (FlywayException e) {
            throw new StoreException("could not bring the database schema up to date: " + e.getMessage(), e);
        }
    }

    /** SHA-256 of the dialect's migration files and placeholders, as this build ships them. */
    static String fingerprint(Dialect dialect) {
        Hasher hasher = Hashing.sha256().newHasher();
        hasher.putUnencodedChars(dialect.name());
        Map<String, String> placeholders = new TreeMap<>(dialect.placeholders());
        placeholders.forEach((k, v) -> hasher.putUnencodedChars(k).putUnencodedChars("=").putUnencodedChars(v));
        for (String file : migrations(dialect)) {
            String path = "db/migration/" + file;
            try (InputStream in = Schema.class.getClassLoader().getResourceAsStream(path)) {
                if (in == null) {
                    throw new StoreException("migration " + path + " is missing from the build");
                }
                hasher.putUnencodedChars(path).putBytes(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return hasher.hash().toString();
    }

    private static java.util.Optional<String> recordedFingerprint(DataSource dataSource) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            // Not a schema question: the database cannot be reached (the store says so in one line, see StoreFaults).
            throw new StoreException("could not connect to the database: " + e.getMessage(), e);
        }
        try (Connection c = connection; Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT fingerprint FROM schema_fingerprint WHERE slot = 1")) {
            return rs.next() ? java.util.Optional.of(rs.getString(1)) : java.util.Optional.empty();
        } catch (SQLException e) {
            // A new database, or one from before the fingerprint existed: Flyway decides.
            return java.util.Optional.empty();
        }
    }

    private static void record(DataSource dataSource, String fingerprint) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement delete = c.createStatement();
                 PreparedStatement insert = c.prepareStatement("INSERT INTO schema_fingerprint (slot, fingerprint) VALUES (1, ?)")) {
                delete.executeUpdate("DELETE FROM schema_fingerprint");
                insert.setString(1, fingerprint);
                insert.executeUpdate();
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("could not record the schema fingerprint: " + e.getMessage(), e);
        }
    }

    /** The schema version a database is at, or empty for a database never migrated. */
    static String currentVersion(DataSource dataSource, Dialect dialect) {
        var current = flyway(dataSource, dialect).load().info().current();
        return current == null ? "" : current.getVersion().getVersion();
    }

    private static FluentConfiguration flyway(DataSource dataSource, Dialect dialect) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(dialect.migrationLocations().toArray(String[]::new))
                .placeholders(dialect.placeholders())
                .failOnMissingLocations(true)
                // Logs through SLF4J like Jdbi, so the composition root picks one logging backend for both.
                .loggers("slf4j");
    }

    /**
     * What V12 needs of the program, run right after its script in the same transaction (so all of
     * it is applied or none): the store's first epoch, and a seal on every event already stored,
     * which only the program can compute (a keyed hash of the domain's canonical form).
     */
    private record SealTheTrail(Dialect dialect, Optional<AuditRows> audit) implements Callback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_EACH_MIGRATE && context.getMigrationInfo() != null && context.getMigrationInfo().getVersion() != null
                    && context.getMigrationInfo().getVersion().getVersion().equals(SEALED_TRAIL);
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            Connection c = context.getConnection();
            try {
                StoreEpochRow.create(c);
                if (audit.isPresent()) {
                    audit.get().sealStored(c, dialect);
                    return;
                }
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_event")) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        throw new StoreException(rs.getLong(1) + " audit events are stored but no audit key was given to seal them");
                    }
                }
            } catch (SQLException e) {
                throw new StoreException("could not seal the audit trail: " + e.getMessage(), e);
            }
        }

        @Override
        public String getCallbackName() {
            return "seal-the-audit-trail";
        }
    }
}
