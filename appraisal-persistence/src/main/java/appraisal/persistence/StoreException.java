package appraisal.persistence;

/**
 * The store could not do its job for a reason outside the domain: the database cannot be opened
 * or migrated, or was closed. Business refusals (a stale version, an existing indicator version)
 * are domain exceptions instead, as the ports say.
 */
public final class StoreException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
