package appraisal.persistence;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Every table of the schema that holds data, parents before children (the order rows are
 * inserted in, and the reverse of the order they are deleted in). Schema bookkeeping is not data:
 * Flyway's history (a backup carries its own, and a restore leaves the store's alone) and the
 * schema fingerprint (which says which build migrated this very file; a backup opened later is
 * checked by Flyway once and then fingerprinted itself). A test holds this list to the migrated
 * schema, so a table added by a migration cannot be forgotten by backups.
 */
final class StoreTables {

    static final ImmutableList<String> IN_ORDER = ImmutableList.of(
            "org_unit", "person", "round", "round_deadline", "indicator_version",
            "agreement", "agreement_item", "item_target_adjustment", "agreement_signature", "agreement_revision",
            "item_result", "evidence", "fact", "item_evaluation", "competency_level", "agreement_reopening",
            "audit_event", "id_counter");

    /** Tables about the schema, not the data; never backed up or restored. */
    static final ImmutableList<String> BOOKKEEPING = ImmutableList.of("schema_fingerprint");

    /** The append-only audit trail, whose triggers a restore lifts for the time of the transaction. */
    static final String AUDIT = "audit_event";

    private StoreTables() {
    }

    /** Rows per table, in {@link #IN_ORDER}, as the connection's transaction sees them. */
    static ImmutableMap<String, Long> count(Connection connection) throws SQLException {
        ImmutableMap.Builder<String, Long> rows = ImmutableMap.builder();
        try (Statement s = connection.createStatement()) {
            for (String table : IN_ORDER) {
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
