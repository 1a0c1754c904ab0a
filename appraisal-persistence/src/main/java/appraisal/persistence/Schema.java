package appraisal.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Brings a database to the current schema with Flyway, forward only: the same numbered
 * migrations on SQLite and PostgreSQL, with the dialect's placeholders. Safe to run on every
 * start: an up-to-date database is only validated.
 */
final class Schema {

    private Schema() {
    }

    /** Migrates {@code dataSource}; returns how many migrations were applied (0 when up to date). */
    static int migrate(DataSource dataSource, Dialect dialect) {
        try {
            return flyway(dataSource, dialect).migrate().migrationsExecuted;
        } catch (FlywayException e) {
            throw new StoreException("could not bring the database schema up to date: " + e.getMessage(), e);
        }
    }

    /** The schema version a database is at, or empty for a database never migrated. */
    static String currentVersion(DataSource dataSource, Dialect dialect) {
        var current = flyway(dataSource, dialect).info().current();
        return current == null ? "" : current.getVersion().getVersion();
    }

    private static Flyway flyway(DataSource dataSource, Dialect dialect) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(dialect.migrationLocations().toArray(String[]::new))
                .placeholders(dialect.placeholders())
                .failOnMissingLocations(true)
                // Logs through SLF4J like Jdbi, so the composition root picks one logging backend for both.
                .loggers("slf4j")
                .load();
    }
}
