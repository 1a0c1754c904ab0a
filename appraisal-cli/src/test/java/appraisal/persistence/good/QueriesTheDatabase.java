package appraisal.persistence.good;

import java.sql.Connection;
import java.sql.SQLException;

/** The same SQL as {@code appraisal.http.bad.QueriesTheDatabase}, where rule 5 allows it. */
public final class QueriesTheDatabase {

    public int count(Connection connection) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery("select count(*) from agreement")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
