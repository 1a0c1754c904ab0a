package appraisal.domain.port.in.store;

import appraisal.domain.model.shared.Require;
import appraisal.domain.model.store.IntegrityProblem;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * The verdict of a check: which store, its schema version, rows per table, how many agreements
 * were loaded and judged, and every problem found (none when the store is sound).
 */
public record StoreCheck(String store, String schemaVersion, ImmutableMap<String, Long> rows, int agreementsChecked,
                         ImmutableList<IntegrityProblem> problems) {

    public StoreCheck {
        store = Require.text(store, "store");
        Require.present(schemaVersion, "schemaVersion");
        Require.present(rows, "rows");
        Require.present(problems, "problems");
    }

    /** True when nothing is wrong. */
    public boolean ok() {
        return problems.isEmpty();
    }
}
