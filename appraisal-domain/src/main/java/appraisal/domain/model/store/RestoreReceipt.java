package appraisal.domain.model.store;

import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableMap;
import java.util.Optional;

/**
 * A restore done: the store now holds exactly the rows of the backup. When it replaced data,
 * that data was first copied aside, so nothing a user committed is ever lost silently.
 *
 * @param store         the store restored into, for people
 * @param file          the backup read
 * @param schemaVersion the schema version of the store after the restore
 * @param rows          rows per table now in the store
 * @param replacedRows  rows per table the store held before (all zero for an empty store)
 * @param setAside      where the replaced data was copied, when there was any
 * @param resealed      per id of a key the store does not hold, how many audit events of the backup
 *                      sealed with it were sealed again with the store's own key: the store could not
 *                      verify them, and vouches for them only from the restore on (empty when the
 *                      backup was sealed with the store's keys)
 */
public record RestoreReceipt(String store, String file, String schemaVersion, ImmutableMap<String, Long> rows,
                             ImmutableMap<String, Long> replacedRows, Optional<String> setAside, ImmutableMap<String, Long> resealed) {

    public RestoreReceipt {
        store = Require.text(store, "store");
        file = Require.text(file, "file");
        Require.present(schemaVersion, "schemaVersion");
        Require.present(rows, "rows");
        Require.present(replacedRows, "replacedRows");
        Require.present(setAside, "setAside");
        Require.present(resealed, "resealed");
    }

    /** Rows of one table now in the store, 0 if it has none. */
    public long rowsOf(String table) {
        return rows.getOrDefault(table, 0L);
    }
}
