package appraisal.domain.model.store;

import appraisal.domain.model.shared.Require;
import java.util.regex.Pattern;

/**
 * Which life of the store an agreement's version belongs to. A version counts the saves of one
 * agreement, and a restore takes versions back with the data: after {@code restore --replace} and a
 * few changes, version 7 may hold other contents than the version 7 a client read before. Every
 * restore starts a new epoch, and so does every new store; a version seen in one epoch is never
 * taken for the same number in another.
 *
 * @param value a short random text of lower-case letters and digits, e.g. {@code 5c1e0a9b27d4}
 */
public record StoreEpoch(String value) {

    private static final Pattern FORM = Pattern.compile("[0-9a-z]{1,32}");

    public StoreEpoch {
        value = Require.text(value, "epoch");
        Require.that(FORM.matcher(value).matches(), "store.bad-epoch",
                "a store epoch is 1 to 32 lower-case letters and digits, got '" + value + "'", "epoch");
    }

    @Override
    public String toString() {
        return value;
    }
}
