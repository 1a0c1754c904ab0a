package appraisal.domain.port.in.access;

import appraisal.domain.model.access.Caller;
import appraisal.domain.model.access.IssuedToken;
import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.TokenInfo;
import java.util.List;
import java.util.Optional;

/**
 * Bearer tokens for scripts: issued to a user, listed and revoked by their owner or an
 * administrator. Refusals: {@code token.not-found}, {@code access.denied}, {@code account.not-found}.
 */
public interface TokensUseCase {

    IssuedToken issueToken(IssueTokenCommand command);

    /** The principal behind a bearer token's secret, if it is usable now. */
    Optional<Principal> bearer(String secret);

    /**
     * The principal behind a bearer token's secret, if it is usable now, with what they may see
     * ({@link VisibilityQueries#visibility}), from one read of the store's change counts — a server
     * asks this once per request.
     */
    Optional<Caller> caller(String secret);

    /** Revokes a token; its owner or an administrator may. */
    void revokeToken(String tokenId, Principal by);

    /** The tokens of one user (without secrets); its owner or an administrator may list them. */
    List<TokenInfo> tokens(String username, Principal by);
}
