package appraisal.persistence;

import appraisal.domain.port.out.UnitOfWork;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * One transaction per use case: {@link #inTransaction} opens a Jdbi handle, begins a transaction
 * and binds the handle to the current thread until it commits or rolls back; the repositories of
 * the same store use the bound handle, so everything a use case saves commits together.
 *
 * <p>A nested call joins the running transaction inside a savepoint: if it fails, only its own
 * work is undone and the caller may go on. Repository writes outside a use case run in a short
 * transaction of their own; inside one, a multi-statement write (an agreement, a cascade) also
 * runs in a savepoint, so a refused save leaves nothing half written even if the caller catches
 * the refusal and commits.
 *
 * <p>SQLite: transactions from {@code writes} begin IMMEDIATE (they take the write lock at once,
 * waiting for it up to the busy timeout), so two use cases never both read and then deadlock
 * when both try to upgrade to writing. Standalone reads use {@code reads}, whose transactions are
 * deferred and in WAL mode never wait for a writer. PostgreSQL: both are the same READ COMMITTED
 * source; optimistic locking does not need more.
 */
final class JdbiUnitOfWork implements UnitOfWork {

    /** The handle bound to a thread, and how many savepoints deep it is. */
    private static final class Bound {
        final Handle handle;
        int depth;

        Bound(Handle handle) {
            this.handle = handle;
        }
    }

    private final Jdbi writes;
    private final Jdbi reads;
    private final ThreadLocal<Bound> bound = new ThreadLocal<>();
    private volatile boolean closed;

    JdbiUnitOfWork(Jdbi writes, Jdbi reads) {
        this.writes = writes;
        this.reads = reads;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Bound current = bound.get();
        if (current != null) {
            return inSavepoint(current, h -> work.get());
        }
        requireOpen();
        return writes.inTransaction(handle -> {
            bound.set(new Bound(handle));
            try {
                return work.get();
            } finally {
                bound.remove();
            }
        });
    }

    /** Runs a write of several statements atomically: in the bound transaction's savepoint, or in a transaction of its own. */
    <T> T write(HandleCallback<T, RuntimeException> work) {
        Bound current = bound.get();
        if (current != null) {
            return inSavepoint(current, work);
        }
        requireOpen();
        return writes.inTransaction(work);
    }

    /** Runs one statement that writes; it is atomic by itself, so no savepoint is needed. */
    <T> T writeStatement(HandleCallback<T, RuntimeException> work) {
        Bound current = bound.get();
        if (current != null) {
            return work.withHandle(current.handle);
        }
        requireOpen();
        return writes.inTransaction(work);
    }

    /** Runs reads in the bound transaction, or in a read transaction of their own (one consistent snapshot on SQLite). */
    <T> T read(HandleCallback<T, RuntimeException> work) {
        Bound current = bound.get();
        if (current != null) {
            return work.withHandle(current.handle);
        }
        requireOpen();
        return reads.inTransaction(work);
    }

    void close() {
        closed = true;
    }

    private void requireOpen() {
        if (closed) {
            throw new StoreException("the store is closed");
        }
    }

    private static <T> T inSavepoint(Bound current, HandleCallback<T, RuntimeException> work) {
        String name = "uow_" + (++current.depth);
        Handle handle = current.handle;
        try {
            handle.savepoint(name);
            T result;
            try {
                result = work.withHandle(handle);
            } catch (RuntimeException | Error failure) {
                try {
                    handle.rollbackToSavepoint(name);
                    handle.releaseSavepoint(name);
                } catch (RuntimeException undo) {
                    failure.addSuppressed(undo);
                }
                throw failure;
            }
            handle.releaseSavepoint(name);
            return result;
        } finally {
            current.depth--;
        }
    }
}
