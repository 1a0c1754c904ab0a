package appraisal.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

class SqliteAuditTamperingTest extends AuditTamperingTests {

    SqliteAuditTamperingTest() {
        super(TestDatabase.SQLITE);
    }

    @Override
    void behindTheTriggers(Connection c, String... sql) throws SQLException {
        inAFile(c, sql);
    }

    @Override
    List<String> liftForGood() {
        return List.of("DROP TRIGGER audit_event_no_update", "DROP TRIGGER audit_event_no_delete");
    }

    /** A use case holds SQLite's one write lock from its start: a restore cannot begin; give it the time it would need. */
    @Override
    void untilARestoreWaits(Store store) {
        try {
            Thread.sleep(1_500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
