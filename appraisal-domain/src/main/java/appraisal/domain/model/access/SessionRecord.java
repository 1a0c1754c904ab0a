package appraisal.domain.model.access;

import appraisal.domain.model.shared.Require;
import java.time.Duration;
import java.time.Instant;

/**
 * A browser session as the store keeps it: the digest of its cookie's secret (never the secret),
 * whose it is, the CSRF token its forms must echo, when it was opened and last used.
 *
 * <p>Lifetime: a session ends {@link #IDLE} (30 minutes) after it was last used, and in any case
 * {@link #ABSOLUTE} (12 hours, a working day) after it was opened; signing out, or the account
 * being disabled, ends it at once. So that reading a page does not write to the store each time,
 * "last used" is moved on only when it is at least {@link #TOUCH_EVERY} (1 minute) old: the idle
 * timeout is exact to that minute.
 */
public record SessionRecord(String digest, String username, String csrfToken, Instant created, Instant lastSeen) {

    public static final Duration IDLE = Duration.ofMinutes(30);
    public static final Duration ABSOLUTE = Duration.ofHours(12);
    public static final Duration TOUCH_EVERY = Duration.ofMinutes(1);

    public SessionRecord {
        digest = Require.text(digest, "digest");
        username = Require.text(username, "username");
        csrfToken = Require.text(csrfToken, "csrfToken");
        Require.present(created, "created");
        Require.present(lastSeen, "lastSeen");
        Require.that(!lastSeen.isBefore(created), "session.bad-times", "a session cannot be used before it is opened", "lastSeen");
    }

    /** When it ends unless used again: idle timeout from the last use, never past the absolute one. */
    public Instant expires() {
        Instant idle = lastSeen.plus(IDLE);
        Instant absolute = created.plus(ABSOLUTE);
        return idle.isBefore(absolute) ? idle : absolute;
    }

    public boolean liveAt(Instant now) {
        return now.isBefore(expires());
    }

    /** True when a use at {@code now} should be written down (see {@link #TOUCH_EVERY}). */
    public boolean worthTouchingAt(Instant now) {
        return !now.isBefore(lastSeen.plus(TOUCH_EVERY));
    }

    public SessionRecord touchedAt(Instant now) {
        return new SessionRecord(digest, username, csrfToken, created, now);
    }

    @Override
    public String toString() {
        return "SessionRecord[" + username + ", opened " + created + ", last used " + lastSeen + "]";
    }
}
