package appraisal.domain.fake;

import appraisal.domain.port.out.UnitOfWork;
import java.util.function.Supplier;

/**
 * A unit of work for the in-memory fakes: runs the work and counts transactions, so a use-case
 * test can assert that a use case ran in exactly one.
 */
public final class DirectUnitOfWork implements UnitOfWork {

    private int transactions;
    private int depth;

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        if (depth == 0) {
            transactions++;
        }
        depth++;
        try {
            return work.get();
        } finally {
            depth--;
        }
    }

    public synchronized int transactions() {
        return transactions;
    }
}
