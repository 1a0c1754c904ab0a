package appraisal.domain.model.store;

import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * What the store reports about itself when asked to check: the database's own verdict (pages,
 * foreign keys, schema history, the append-only triggers of the audit trail), the rows per table,
 * and every agreement it holds in summary, so that the domain can load and judge each one.
 *
 * @param store         which store, for people (never with a password)
 * @param schemaVersion the schema version the database is at, e.g. {@code 2}
 * @param rows          rows per table, in the order of the schema
 * @param problems      what the database itself found wrong; empty when it found nothing
 * @param agreements    every stored agreement, ordered by id
 */
public record StorageInspection(String store, String schemaVersion, ImmutableMap<String, Long> rows,
                                ImmutableList<IntegrityProblem> problems, ImmutableList<StoredAgreement> agreements) {

    public StorageInspection {
        store = Require.text(store, "store");
        Require.present(schemaVersion, "schemaVersion");
        Require.present(rows, "rows");
        Require.present(problems, "problems");
        Require.present(agreements, "agreements");
    }
}
