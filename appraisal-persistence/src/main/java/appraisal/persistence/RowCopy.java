package appraisal.persistence;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Copies the rows of a table from one database to another with the same schema, streaming and in
 * batches, converting the few values the two databases store differently (a boolean is 0/1 in
 * SQLite). The columns are the target's, read from its metadata, so nothing here restates the schema.
 */
final class RowCopy {

    private static final int BATCH = 1_000;

    /** How a column's value travels: every column of the schema is text, an integer or a boolean. */
    private enum Kind { TEXT, INTEGER, BOOLEAN }

    private record Column(String name, Kind kind) {
    }

    private RowCopy() {
    }

    /** Inserts every row of {@code table} read from {@code source} into {@code target}; returns how many. */
    static long copy(Connection source, Connection target, Dialect targetDialect, String table) throws SQLException {
        List<Column> columns = columns(target, table);
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        // audit_event.seq is GENERATED ALWAYS on PostgreSQL: the backup's numbers are kept, so the order of appending is.
        String overriding = targetDialect == Dialect.POSTGRESQL && table.equals(StoreTables.AUDIT) ? " OVERRIDING SYSTEM VALUE" : "";
        String insert = "INSERT INTO " + table + " (" + names + ")" + overriding + " VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
        long copied = 0;
        try (Statement select = source.createStatement()) {
            select.setFetchSize(BATCH);
            try (ResultSet rs = select.executeQuery("SELECT " + names + " FROM " + table); PreparedStatement ps = target.prepareStatement(insert)) {
                while (rs.next()) {
                    for (int i = 1; i <= columns.size(); i++) {
                        transfer(rs, ps, i, columns.get(i - 1).kind());
                    }
                    ps.addBatch();
                    if (++copied % BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                if (copied % BATCH != 0) {
                    ps.executeBatch();
                }
            }
        }
        return copied;
    }

    private static void transfer(ResultSet rs, PreparedStatement ps, int i, Kind kind) throws SQLException {
        switch (kind) {
            case BOOLEAN -> {
                boolean value = rs.getBoolean(i);
                if (rs.wasNull()) {
                    ps.setNull(i, Types.BOOLEAN);
                } else {
                    ps.setBoolean(i, value);
                }
            }
            case INTEGER -> {
                long value = rs.getLong(i);
                if (rs.wasNull()) {
                    ps.setNull(i, Types.BIGINT);
                } else {
                    ps.setLong(i, value);
                }
            }
            case TEXT -> ps.setString(i, rs.getString(i));
        }
    }

    private static List<Column> columns(Connection target, String table) throws SQLException {
        DatabaseMetaData meta = target.getMetaData();
        List<Column> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(target.getCatalog(), target.getSchema(), table, null)) {
            while (rs.next()) {
                String type = rs.getString("TYPE_NAME").toUpperCase(Locale.ROOT);
                Kind kind = type.contains("BOOL") ? Kind.BOOLEAN : type.contains("INT") ? Kind.INTEGER : Kind.TEXT;
                columns.add(new Column(rs.getString("COLUMN_NAME"), kind));
            }
        }
        if (columns.isEmpty()) {
            throw new SQLException("table " + table + " has no columns in the target database");
        }
        return columns;
    }
}
