package appraisal.domain.port.out;

import java.time.Instant;
import java.util.List;

/**
 * The failed sign-ins that throttling counts, by key ({@code account:<name>},
 * {@code client:<address>}; see {@link appraisal.domain.model.access.SignInThrottle}). Kept in the
 * store so that several server instances count together.
 */
public interface SignInAttempts {

    /** Records one failure of {@code key} at {@code at}. */
    void recordFailure(String key, Instant at);

    /** The failures of {@code key} at or after {@code since}, oldest first. */
    List<Instant> failures(String key, Instant since);

    /** Forgets every failure of {@code key} (a successful sign-in clears its account). */
    void clear(String key);

    /** Forgets every failure before {@code before}, of every key; returns how many. */
    int forgetBefore(Instant before);
}
