package appraisal.domain.port.out;

/** Hands out new unique identifiers for aggregates created by use cases. */
public interface IdSource {

    /** A new identifier, unique in this store, starting with {@code prefix} (e.g. {@code AG-}). */
    String newId(String prefix);
}
