package appraisal.persistence;

/** The org and access change counts on SQLite files. */
class SqliteStoreChangesTest extends StoreChangesTests {

    SqliteStoreChangesTest() {
        super(TestDatabase.SQLITE);
    }
}
