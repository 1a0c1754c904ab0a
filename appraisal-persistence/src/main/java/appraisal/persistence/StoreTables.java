package appraisal.persistence;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Every table of the schema that holds data, parents before children (the order rows are
 * inserted in, and the reverse of the order they are deleted in). Schema bookkeeping is not data:
 * Flyway's history (a backup carries its own, and a restore leaves the store's alone) and the
 * schema fingerprint (which says which build migrated this very file; a backup opened later is
 * checked by Flyway once and then fingerprinted itself), and the org change counter (which only
 * tells a running server when to read the org again; a restore moves it on through its triggers), and the store's epoch
 * (which a restore renews). Sessions and failed sign-ins are
 * {@link #TRANSIENT}. A test holds these lists to the migrated schema, so a table added by a
 * migration cannot be forgotten by backups.
 */
final class StoreTables {

    static final ImmutableList<String> IN_ORDER = ImmutableList.of(
            "org_unit", "person", "round", "round_deadline", "indicator_version",
            "agreement", "agreement_item", "item_target_adjustment", "agreement_signature", "agreement_revision",
            "item_result", "evidence", "item_evaluation", "competency_level", "agreement_reopening",
            "audit_event", "id_counter", "user_account", "access_token");

    /** Tables about the schema, not the data; never backed up or restored. */
    static final ImmutableList<String> BOOKKEEPING = ImmutableList.of("schema_fingerprint", "org_change", "change_counter",
            StoreEpochRow.TABLE);

    /**
     * Tables of short-lived access state — browser sessions and failed sign-ins — that are not
     * data: never backed up (a PostgreSQL backup leaves them out; a SQLite backup copies the file
     * but a restore ignores them) and emptied by a restore, which ends every session. They are
     * not counted either, so a store that only has them is empty.
     */
    static final ImmutableList<String> TRANSIENT = ImmutableList.of("account_session", "sign_in_failure");

    /** The append-only audit trail, whose triggers a restore lifts for the time of the transaction. */
    static final String AUDIT = "audit_event";

    private StoreTables() {
    }

    /**
     * Rows per table, in {@link #IN_ORDER}, as the connection's transaction sees them. A table the
     * database does not have yet (a backup of an older schema) has 0 rows, as it will have once
     * the backup is migrated.
     */
    static ImmutableMap<String, Long> count(Connection connection) throws SQLException {
        Set<String> present = new HashSet<>();
        try (ResultSet rs = connection.getMetaData().getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                present.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        ImmutableMap.Builder<String, Long> rows = ImmutableMap.builder();
        try (Statement s = connection.createStatement()) {
            for (String table : IN_ORDER) {
                if (!present.contains(table)) {
                    rows.put(table, 0L);
                    continue;
                }
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    rows.put(table, rs.getLong(1));
                }
            }
        }
        return rows.build();
    }

    static long total(ImmutableMap<String, Long> rows) {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
