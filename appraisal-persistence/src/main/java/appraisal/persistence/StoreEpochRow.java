package appraisal.persistence;

import appraisal.domain.model.store.StoreEpoch;
import com.google.common.io.BaseEncoding;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The one row of table {@code store_epoch} (migration V12): the store's epoch ({@link StoreEpoch}),
 * random, set when the store is made and renewed by every restore (and in every backup file, which
 * is a store of its own). Bookkeeping, never restored.
 */
final class StoreEpochRow {

    static final String TABLE = "store_epoch";

    /** Reads the epoch: a probe, one row by its key. */
    static final String SELECT = "SELECT epoch FROM store_epoch WHERE slot = 1";

    /**
     * PostgreSQL, inside a use case's transaction: conflicts with the restore's {@code EXCLUSIVE}
     * lock and with nothing else (readers and writers take weaker locks), so a restore waits for the
     * use case to end, or the use case for the restore. SQLite needs none: a use case holds the one
     * write lock from its start.
     */
    static final String HOLD_OFF_RESTORES = "LOCK TABLE store_epoch IN ROW SHARE MODE";

    private static final SecureRandom RANDOM = new SecureRandom();

    private StoreEpochRow() {
    }

    /** Gives a new store its first epoch. */
    static void create(Connection c) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO store_epoch (slot, epoch) VALUES (1, ?)")) {
            insert.setString(1, random());
            insert.executeUpdate();
        }
    }

    /** Starts a new epoch: every version read before it names another life of the store. */
    static void renew(Connection c) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE store_epoch SET epoch = ? WHERE slot = 1")) {
            update.setString(1, random());
            if (update.executeUpdate() != 1) {
                throw new StoreException("the store has no row in store_epoch (migration V12); restore it from a backup");
            }
        }
    }

    /** 48 random bits in hex: two epochs of one store are never the same but by a chance of one in 2^48. */
    private static String random() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return BaseEncoding.base16().lowerCase().encode(bytes);
    }
}
