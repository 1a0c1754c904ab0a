package appraisal.persistence;

import appraisal.domain.model.access.SessionRecord;
import appraisal.domain.port.out.SessionRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Browser sessions in table {@code account_session}, by the SHA-256 of their cookie's secret. */
final class JdbiSessionRepository implements SessionRepository {

    private static final JdbcRows.RowReader<SessionRecord> ROW = rs -> new SessionRecord(rs.getString("digest"), rs.getString("username"),
            rs.getString("csrf_token"), Columns.instant(rs.getString("created")), Columns.instant(rs.getString("last_seen")));

    private final JdbiUnitOfWork transactions;

    JdbiSessionRepository(JdbiUnitOfWork transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(SessionRecord session) {
        transactions.writeStatement(h -> h.createUpdate("""
                        INSERT INTO account_session (digest, username_key, csrf_token, created, last_seen)
                        VALUES (:digest, :key, :csrf, :created, :lastSeen)""")
                .bind("digest", session.digest()).bind("key", JdbiAccountRepository.key(session.username()))
                .bind("csrf", session.csrfToken()).bind("created", Columns.instant(session.created()))
                .bind("lastSeen", Columns.instant(session.lastSeen()))
                .execute());
    }

    @Override
    public Optional<SessionRecord> find(String digest) {
        // Every request with a session cookie asks this: one plain statement.
        return transactions.probe("""
                SELECT s.digest, a.username, s.csrf_token, s.created, s.last_seen
                FROM account_session s JOIN user_account a ON a.username_key = s.username_key
                WHERE s.digest = ?""", List.of(digest), ROW);
    }

    @Override
    public void touch(String digest, Instant lastSeen) {
        transactions.writeStatement(h -> h.createUpdate("UPDATE account_session SET last_seen = :at WHERE digest = :digest")
                .bind("at", Columns.instant(lastSeen)).bind("digest", digest).execute());
    }

    @Override
    public void remove(String digest) {
        transactions.writeStatement(h -> h.createUpdate("DELETE FROM account_session WHERE digest = :digest").bind("digest", digest)
                .execute());
    }

    @Override
    public int removeOf(String username) {
        return transactions.writeStatement(h -> h.createUpdate("DELETE FROM account_session WHERE username_key = :key")
                .bind("key", JdbiAccountRepository.key(username)).execute());
    }

    @Override
    public int removeEnded(Instant idleBefore, Instant openedBefore) {
        return transactions.writeStatement(h -> h.createUpdate("DELETE FROM account_session WHERE last_seen < :idle OR created < :opened")
                .bind("idle", Columns.instant(idleBefore)).bind("opened", Columns.instant(openedBefore)).execute());
    }
}
