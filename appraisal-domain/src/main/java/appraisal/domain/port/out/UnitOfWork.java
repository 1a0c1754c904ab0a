package appraisal.domain.port.out;

import java.util.function.Supplier;

/**
 * Runs one use case's work in one transaction: everything it saved is committed together, or
 * nothing is. A call inside a running transaction joins it.
 */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
