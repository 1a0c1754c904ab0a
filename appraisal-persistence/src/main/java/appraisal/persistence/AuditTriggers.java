package appraisal.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The append-only triggers of {@code audit_event} (migration V2), lifted for the length of one
 * transaction by the program's own rewrites of the trail (a restore; sealing the events stored
 * before V12) and put back in it. SQLite: dropped and created again from their own SQL;
 * PostgreSQL: {@code DISABLE TRIGGER USER}, which leaves the foreign keys' triggers on (and needs
 * the role that owns the table).
 */
final class AuditTriggers {

    private final Dialect dialect;
    private final List<String> definitions;

    private AuditTriggers(Dialect dialect, List<String> definitions) {
        this.dialect = dialect;
        this.definitions = definitions;
    }

    /** Lifts the triggers in {@code c}'s transaction; {@link #restore} puts them back. */
    static AuditTriggers lift(Connection c, Dialect dialect) throws SQLException {
        List<String> names = new ArrayList<>();
        List<String> definitions = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            if (dialect == Dialect.SQLITE) {
                try (ResultSet rs = s.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '"
                        + StoreTables.AUDIT + "'")) {
                    while (rs.next()) {
                        names.add(rs.getString(1));
                        definitions.add(rs.getString(2));
                    }
                }
                for (String name : names) {
                    s.execute("DROP TRIGGER " + name);
                }
            } else {
                s.execute("ALTER TABLE " + StoreTables.AUDIT + " DISABLE TRIGGER USER");
            }
        }
        return new AuditTriggers(dialect, definitions);
    }

    void restore(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (dialect == Dialect.SQLITE) {
                for (String definition : definitions) {
                    s.execute(definition);
                }
            } else {
                s.execute("ALTER TABLE " + StoreTables.AUDIT + " ENABLE TRIGGER USER");
            }
        }
    }
}
