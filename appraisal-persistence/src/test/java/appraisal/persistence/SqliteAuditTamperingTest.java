package appraisal.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

class SqliteAuditTamperingTest extends AuditTamperingTests {

    SqliteAuditTamperingTest() {
        super(TestDatabase.SQLITE);
    }

    /** Whoever can write the file: drops the triggers, does what they came for, and creates them again from their own SQL. */
    @Override
    void behindTheTriggers(Connection c, String... sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            List<String[]> triggers = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'")) {
                while (rs.next()) {
                    triggers.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] t : triggers) {
                s.execute("DROP TRIGGER " + t[0]);
            }
            for (String statement : sql) {
                s.execute(statement);
            }
            for (String[] t : triggers) {
                s.execute(t[1]);
            }
        }
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
