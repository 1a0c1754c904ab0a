package appraisal.persistence;

/** The StoreMaintenance contract on SQLite files. */
class SqliteStoreMaintenanceTest extends StoreMaintenanceTests {

    SqliteStoreMaintenanceTest() {
        super(TestDatabase.SQLITE);
    }
}
