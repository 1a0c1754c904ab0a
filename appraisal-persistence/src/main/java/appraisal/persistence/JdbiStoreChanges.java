package appraisal.persistence;

import appraisal.domain.port.out.StoreChanges;
import java.util.List;

/**
 * The counters of tables {@code org_change} (moved on by triggers on {@code org_unit} and
 * {@code person}, migration V6) and {@code change_counter}'s {@code 'access'} (on {@code user_account}
 * and {@code access_token}, migration V7), read in one statement.
 */
final class JdbiStoreChanges implements StoreChanges {

    private static final String COUNTS = "SELECT o.counter, a.counter FROM org_change o, change_counter a WHERE o.slot = 1 AND a.name = 'access'";

    private final JdbiUnitOfWork transactions;

    JdbiStoreChanges(JdbiUnitOfWork transactions) {
        this.transactions = transactions;
    }

    @Override
    public ChangeCounts counts() {
        // Read on every request of a server: one plain statement, no transaction of its own.
        return transactions.probe(COUNTS, List.of(), row -> new ChangeCounts(row.getLong(1), row.getLong(2)))
                .orElseThrow(() -> new StoreException("a row of org_change or change_counter is missing (migrations V6, V7); "
                        + "restore the store from a backup"));
    }
}
