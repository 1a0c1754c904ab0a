package appraisal.persistence;

import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;

/**
 * The transaction of a use case while {@link JdbiUnitOfWork} binds it to its thread: its handle, how many savepoints deep it is,
 * whether it wrote, and what repositories remember within it. Nested work runs in a savepoint,
 * so a failure undoes only its own part.
 */
final class BoundTransaction {

    final Handle handle;
    final Map<Object, Object> remembered = new HashMap<>();
    private int depth;
    boolean wrote;

    BoundTransaction(Handle handle) {
        this.handle = handle;
    }

    /** Runs {@code work} in a savepoint of this transaction: if it fails, only its own writes are undone. */
    <T> T inSavepoint(HandleCallback<T, RuntimeException> work) {
        String name = "uow_" + (++depth);
        try {
            handle.savepoint(name);
            T result;
            try {
                result = work.withHandle(handle);
            } catch (RuntimeException | Error failure) {
                remembered.clear();
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
            depth--;
        }
    }
}
