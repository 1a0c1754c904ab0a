package appraisal.domain.model.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How sign-in failures slow guessing down, counted per key: one key per account (its username,
 * known or not, so the answer never tells whether an account exists) and one per client address.
 *
 * <p>The rule: a key with {@code n} failures in its {@code memory} is refused while
 * {@code n >= limit}, until its newest failure plus {@link #FIRST_DELAY} (1 minute) doubled for
 * each failure past the limit — 1, 2, 4, 8 minutes — capped at {@link #MAX_DELAY} (15 minutes).
 * <ul>
 *   <li>Per account: limit {@value #ACCOUNT_LIMIT}, memory 24 hours; a successful sign-in clears
 *       the account's failures. Someone who waits out every delay gets about one guess per 15
 *       minutes, some 100 a day, at one account (the test of this rule counts a day of it).</li>
 *   <li>Per client address: limit {@value #CLIENT_LIMIT}, memory 15 minutes, never cleared by a
 *       success (one valid account would otherwise reset an attacker's address). Higher and
 *       shorter because an office's staff often share one address: it stops spraying many
 *       accounts from one place without locking an office out for a day of typos.</li>
 * </ul>
 * A refused attempt is neither checked nor counted.
 */
public record SignInThrottle(String scope, int limit, Duration memory) {

    public static final Duration FIRST_DELAY = Duration.ofMinutes(1);
    public static final Duration MAX_DELAY = Duration.ofMinutes(15);
    public static final int ACCOUNT_LIMIT = 5;
    public static final int CLIENT_LIMIT = 20;

    /** Failures against one username. */
    public static final SignInThrottle PER_ACCOUNT = new SignInThrottle("account", ACCOUNT_LIMIT, Duration.ofHours(24));
    /** Failures from one client address. */
    public static final SignInThrottle PER_CLIENT = new SignInThrottle("client", CLIENT_LIMIT, Duration.ofMinutes(15));
    /** The longest memory of the two: failures older than this may be forgotten. */
    public static final Duration LONGEST_MEMORY = Duration.ofHours(24);

    /** Longer keys are cut: a username or address that long is made up, and sharing a key only throttles sooner. */
    private static final int MAX_KEY = 200;

    /** The key under which failures of {@code value} (a username or an address) are counted; case does not matter. */
    public String key(String value) {
        String key = scope + ":" + value.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }

    /** From when failures count at {@code now}. */
    public Instant countsSince(Instant now) {
        return now.minus(memory);
    }

    /**
     * Until when an attempt at {@code now} is refused, given the key's failures (those before
     * {@link #countsSince} are ignored); empty when the attempt may go ahead.
     */
    public Optional<Instant> refusedUntil(List<Instant> failures, Instant now) {
        Instant since = countsSince(now);
        List<Instant> counted = failures.stream().filter(at -> !at.isBefore(since) && !at.isAfter(now)).toList();
        if (counted.size() < limit) {
            return Optional.empty();
        }
        Instant newest = counted.stream().max(Comparator.naturalOrder()).orElseThrow();
        Instant until = newest.plus(delay(counted.size()));
        return now.isBefore(until) ? Optional.of(until) : Optional.empty();
    }

    /** The delay after the {@code failures}-th failure (at least the limit). */
    Duration delay(int failures) {
        int doublings = Math.min(failures - limit, 10);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
