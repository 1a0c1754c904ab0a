package appraisal.persistence;

/** The org and access change counts on PostgreSQL. */
class PostgresStoreChangesTest extends StoreChangesTests {

    PostgresStoreChangesTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
