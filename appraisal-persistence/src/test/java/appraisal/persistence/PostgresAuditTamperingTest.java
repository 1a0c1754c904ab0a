package appraisal.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

class PostgresAuditTamperingTest extends AuditTamperingTests {

    PostgresAuditTamperingTest() {
        super(TestDatabase.POSTGRESQL);
    }

    /** Whoever holds the owner role: disables the triggers, does what they came for, and enables them again. */
    @Override
    void behindTheTriggers(Connection c, String... sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("ALTER TABLE audit_event DISABLE TRIGGER USER");
            for (String statement : sql) {
                s.execute(statement);
            }
            s.execute("ALTER TABLE audit_event ENABLE TRIGGER USER");
        }
    }

    @Override
    List<String> liftForGood() {
        return List.of("ALTER TABLE audit_event DISABLE TRIGGER USER");
    }

    /** Until the restore's lock on store_epoch is seen waiting (it waits for the use case's). */
    @Override
    void untilARestoreWaits(Store store) throws SQLException {
        try (Connection c = Store.dataSource(store.location()).getConnection(); Statement s = c.createStatement()) {
            for (int i = 0; i < 500; i++) {
                try (var rs = s.executeQuery("SELECT COUNT(*) FROM pg_locks l JOIN pg_class t ON t.oid = l.relation "
                        + "WHERE t.relname = 'store_epoch' AND NOT l.granted")) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
