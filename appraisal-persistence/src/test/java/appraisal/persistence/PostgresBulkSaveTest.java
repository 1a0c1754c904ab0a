package appraisal.persistence;

/** Bulk saves on the embedded PostgreSQL. */
class PostgresBulkSaveTest extends BulkSaveTests {

    PostgresBulkSaveTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
