package appraisal.persistence;

import appraisal.domain.model.access.TokenInfo;
import appraisal.domain.port.out.TokenRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Bearer tokens in table {@code access_token}, with the SHA-256 of their secret; the username comes from the account. */
final class JdbiTokenRepository implements TokenRepository {

    private static final JdbcRows.RowReader<TokenInfo> ROW = rs -> new TokenInfo(rs.getString("id"), rs.getString("username"),
            rs.getString("label"), Columns.instant(rs.getString("created")), Columns.instant(rs.getString("expires")),
            Optional.ofNullable(Columns.instant(rs.getString("revoked"))));

    private static final String SELECT = """
            SELECT t.id, a.username, t.label, t.created, t.expires, t.revoked
            FROM access_token t JOIN user_account a ON a.username_key = t.username_key
            """;

    private final JdbiUnitOfWork transactions;

    JdbiTokenRepository(JdbiUnitOfWork transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(TokenInfo token, String digest) {
        transactions.writeStatement(h -> h.createUpdate("""
                        INSERT INTO access_token (id, digest, username_key, label, created, expires, revoked)
                        VALUES (:id, :digest, :key, :label, :created, :expires, :revoked)""")
                .bind("id", token.id()).bind("digest", digest).bind("key", JdbiAccountRepository.key(token.username()))
                .bind("label", token.label()).bind("created", Columns.instant(token.created()))
                .bind("expires", Columns.instant(token.expires())).bind("revoked", Columns.instant(token.revoked().orElse(null)))
                .execute());
    }

    @Override
    public Optional<TokenInfo> find(String id) {
        return transactions.probe(SELECT + "WHERE t.id = ?", List.of(id), ROW);
    }

    @Override
    public Optional<TokenInfo> findByDigest(String digest) {
        // Every request with a bearer token asks this: one plain statement.
        return transactions.probe(SELECT + "WHERE t.digest = ?", List.of(digest), ROW);
    }

    @Override
    public List<TokenInfo> of(String username) {
        return transactions.read(h -> h.createQuery(SELECT + "WHERE t.username_key = :key ORDER BY t.created, t.id")
                .bind("key", JdbiAccountRepository.key(username)).map((rs, ctx) -> ROW.read(rs)).list());
    }

    @Override
    public void revoke(String id, Instant at) {
        transactions.writeStatement(h -> h.createUpdate("UPDATE access_token SET revoked = :at WHERE id = :id AND revoked IS NULL")
                .bind("at", Columns.instant(at)).bind("id", id).execute());
    }
}
