package appraisal.persistence;

/** A backup while writers commit, on the embedded PostgreSQL (a copy from one snapshot). */
class PostgresBackupDuringWritesTest extends BackupDuringWritesTests {

    PostgresBackupDuringWritesTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
