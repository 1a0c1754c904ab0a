package appraisal.domain.model.store;

import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableMap;

/**
 * A backup taken: a consistent copy of the whole store as it was at one instant, even while
 * others kept writing, already checked to be readable.
 *
 * @param store         the store copied, for people
 * @param file          the backup file written
 * @param bytes         its size
 * @param schemaVersion the schema version of the copy
 * @param rows          rows per table in the copy
 */
public record BackupReceipt(String store, String file, long bytes, String schemaVersion, ImmutableMap<String, Long> rows) {

    public BackupReceipt {
        store = Require.text(store, "store");
        file = Require.text(file, "file");
        Require.present(schemaVersion, "schemaVersion");
        Require.present(rows, "rows");
    }

    /** All rows of the copy, every table together. */
    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
