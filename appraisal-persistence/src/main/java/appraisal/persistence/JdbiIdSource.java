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
        return newIds(prefix, 1).get(0);
    }

    /** One upsert that moves the counter on by {@code count}; the ids are the numbers it stepped over. */
    @Override
    public List<String> newIds(String prefix, int count) {
        if (count <= 0) {
            return List.of();
        }
        // Plain JDBC (JdbcRows): Jdbi's query set-up cost more than the upsert, and a cascade draws ids a thousand times.
        long last = transactions.writeStatement(h -> JdbcRows.first(h, """
                        INSERT INTO id_counter (prefix, last_value) VALUES (?, ?)
                        ON CONFLICT (prefix) DO UPDATE SET last_value = id_counter.last_value + ?
                        RETURNING last_value""", List.of(prefix, (long) count, (long) count), rs -> rs.getLong(1))
                .orElseThrow(() -> new StoreException("the id counter of " + prefix + " returned no value")));
        List<String> out = new ArrayList<>(count);
        for (long n = last - count + 1; n <= last; n++) {
            out.add(prefix + n);
        }
        return out;
    }
}
