package appraisal.persistence;

import appraisal.domain.port.out.IdSource;

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
}
