package appraisal.domain.port.out;

import appraisal.domain.model.access.TokenInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores bearer tokens under the digest of their secret (never the secret itself). A token
 * belongs to an account (its {@link TokenInfo#username()} as the account spells it) and goes
 * when the account does.
 */
public interface TokenRepository {

    /** Inserts a token with the digest of its secret; ids and digests are unique. */
    void add(TokenInfo token, String digest);

    Optional<TokenInfo> find(String id);

    /** The token whose secret has this digest, whether or not it is still usable. */
    Optional<TokenInfo> findByDigest(String digest);

    /** The tokens of one account (by username, in any case), oldest first. */
    List<TokenInfo> of(String username);

    /** Marks a token revoked at {@code at}; a token revoked before keeps its first time. */
    void revoke(String id, Instant at);
}
