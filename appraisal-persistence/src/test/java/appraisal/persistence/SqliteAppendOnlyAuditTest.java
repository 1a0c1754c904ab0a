package appraisal.persistence;

/** The append-only audit trail on a SQLite file (triggers that RAISE(ABORT)). */
class SqliteAppendOnlyAuditTest extends AppendOnlyAuditTests {

    SqliteAppendOnlyAuditTest() {
        super(TestDatabase.SQLITE);
    }
}
