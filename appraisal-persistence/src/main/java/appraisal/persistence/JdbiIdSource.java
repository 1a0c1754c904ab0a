package appraisal.persistence;

import appraisal.domain.port.out.IdSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Ids from a counter per prefix in table {@code id_counter} ({@code AG-1}, {@code AG-2}, …). One
 * upsert statement increments and returns the counter, so concurrent app instances on one
 * PostgreSQL never draw the same number. Inside a use case the draw belongs to its transaction.
 */
final class JdbiIdSource implements IdSource {

    private final JdbiUnitOfWork transactions;

    JdbiIdSource(JdbiUnitOfWork transactions) {
        this.transactions = transactions;
    }

    @Override
    public String newId(String prefix) {
        long next = transactions.writeStatement(h -> h.createQuery("""
                        INSERT INTO id_counter (prefix, last_value) VALUES (:prefix, 1)
                        ON CONFLICT (prefix) DO UPDATE SET last_value = id_counter.last_value + 1
                        RETURNING last_value""")
                .bind("prefix", prefix).mapTo(Long.class).one());
        return prefix + next;
    }

    /** One upsert that moves the counter on by {@code count}; the ids are the numbers it stepped over. */
    @Override
    public List<String> newIds(String prefix, int count) {
        if (count <= 0) {
            return List.of();
        }
        long last = transactions.writeStatement(h -> h.createQuery("""
                        INSERT INTO id_counter (prefix, last_value) VALUES (:prefix, :count)
                        ON CONFLICT (prefix) DO UPDATE SET last_value = id_counter.last_value + :count
                        RETURNING last_value""")
                .bind("prefix", prefix).bind("count", (long) count).mapTo(Long.class).one());
        List<String> out = new ArrayList<>(count);
        for (long n = last - count + 1; n <= last; n++) {
            out.add(prefix + n);
        }
        return out;
    }
}
