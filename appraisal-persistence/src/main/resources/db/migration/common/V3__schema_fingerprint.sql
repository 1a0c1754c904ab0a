-- The fingerprint of the migration files a database was last brought up to date with. A store
-- whose fingerprint matches the running build skips Flyway at start-up (see Schema.migrate);
-- any other value, or none, runs Flyway's full validate and migrate.
CREATE TABLE schema_fingerprint (
    slot        INTEGER PRIMARY KEY CHECK (slot = 1),
    fingerprint TEXT NOT NULL
);
