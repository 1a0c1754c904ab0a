package appraisal.persistence;

/** A backup while writers commit, on a SQLite file (VACUUM INTO). */
class SqliteBackupDuringWritesTest extends BackupDuringWritesTests {

    SqliteBackupDuringWritesTest() {
        super(TestDatabase.SQLITE);
    }
}
