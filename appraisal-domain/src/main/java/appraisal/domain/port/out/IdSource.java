package appraisal.domain.port.out;

import java.util.ArrayList;
import java.util.List;

/** Hands out new unique identifiers for aggregates created by use cases. */
public interface IdSource {

    /** A new identifier, unique in this store, starting with {@code prefix} (e.g. {@code AG-}). */
    String newId(String prefix);

    /**
     * {@code count} new identifiers at once (a cascade drafting a whole office), each as
     * {@link #newId} would give it, in the order they were handed out. A store draws them in one
     * step rather than one per id.
     */
    default List<String> newIds(String prefix, int count) {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(newId(prefix));
        }
        return out;
    }
}
