package appraisal.persistence;

/** The store's inspection and restores on the embedded PostgreSQL. */
class PostgresStoreIntegrityTest extends StoreIntegrityTests {

    PostgresStoreIntegrityTest() {
        super(TestDatabase.POSTGRESQL);
    }

    @Override
    String liftOneAuditTrigger() {
        return "ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_truncate";
    }
}
