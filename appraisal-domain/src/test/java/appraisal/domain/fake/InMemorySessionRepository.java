package appraisal.domain.fake;

import appraisal.domain.model.access.SessionRecord;
import appraisal.domain.port.out.SessionRepository;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A fake of {@link SessionRepository}: sessions by digest. */
public final class InMemorySessionRepository implements SessionRepository {

    private final Map<String, SessionRecord> sessions = new HashMap<>();

    @Override
    public synchronized void add(SessionRecord session) {
        if (sessions.containsKey(session.digest())) {
            throw new IllegalStateException("a session with this digest exists already");
        }
        sessions.put(session.digest(), session);
    }

    @Override
    public synchronized Optional<SessionRecord> find(String digest) {
        return Optional.ofNullable(sessions.get(digest));
    }

    @Override
    public synchronized void touch(String digest, Instant lastSeen) {
        sessions.computeIfPresent(digest, (d, s) -> s.touchedAt(lastSeen));
    }

    @Override
    public synchronized void remove(String digest) {
        sessions.remove(digest);
    }

    @Override
    public synchronized int removeOf(String username) {
        String key = username.strip().toLowerCase(Locale.ROOT);
        int before = sessions.size();
        sessions.values().removeIf(s -> s.username().toLowerCase(Locale.ROOT).equals(key));
        return before - sessions.size();
    }

    @Override
    public synchronized int removeEnded(Instant idleBefore, Instant openedBefore) {
        int before = sessions.size();
        sessions.values().removeIf(s -> s.lastSeen().isBefore(idleBefore) || s.created().isBefore(openedBefore));
        return before - sessions.size();
    }

    /** How many sessions are stored. */
    public synchronized int size() {
        return sessions.size();
    }

    /** Forgets every session, as a restore does (sessions are not part of a backup). */
    public synchronized void clear() {
        sessions.clear();
    }
}
