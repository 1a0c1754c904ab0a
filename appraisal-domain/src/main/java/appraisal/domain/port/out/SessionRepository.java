package appraisal.domain.port.out;

import appraisal.domain.model.access.SessionRecord;
import java.time.Instant;
import java.util.Optional;

/**
 * Stores browser sessions under the digest of their secret (never the secret itself), so that
 * every server instance on the same store knows them. A session belongs to an account and goes
 * when the account does.
 */
public interface SessionRepository {

    /** Inserts a session. */
    void add(SessionRecord session);

    /** The session stored under {@code digest}, whether or not it is still live. */
    Optional<SessionRecord> find(String digest);

    /** Moves a session's last use to {@code lastSeen}; nothing when there is no such session. */
    void touch(String digest, Instant lastSeen);

    /** Removes a session; nothing when there is no such session. */
    void remove(String digest);

    /** Removes every session of one account (by username, in any case); returns how many. */
    int removeOf(String username);

    /**
     * Removes the sessions that have ended: last used before {@code idleBefore} or opened before
     * {@code openedBefore}; returns how many.
     */
    int removeEnded(Instant idleBefore, Instant openedBefore);
}
