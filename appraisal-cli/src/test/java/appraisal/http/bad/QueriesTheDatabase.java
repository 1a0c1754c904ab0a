package appraisal.http.bad;

import java.sql.Connection;
import java.sql.SQLException;

/** Breaks rule 5 on purpose: a web handler talking SQL. Only ever imported alone. */
public final class QueriesTheDatabase {

    public int count(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("select count(*) from agreement")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
