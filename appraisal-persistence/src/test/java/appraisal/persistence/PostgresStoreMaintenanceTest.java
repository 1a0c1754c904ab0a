package appraisal.persistence;

/** The StoreMaintenance contract on the embedded PostgreSQL; its backups are SQLite files too. */
class PostgresStoreMaintenanceTest extends StoreMaintenanceTests {

    PostgresStoreMaintenanceTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
