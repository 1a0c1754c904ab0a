package appraisal.persistence;

/** Bulk saves on a SQLite file. */
class SqliteBulkSaveTest extends BulkSaveTests {

    SqliteBulkSaveTest() {
        super(TestDatabase.SQLITE);
    }
}
