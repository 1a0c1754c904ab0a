package appraisal.domain.service;

import appraisal.domain.model.access.Caller;
import appraisal.domain.model.access.IssuedToken;
import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.TokenInfo;
import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.access.IssueTokenCommand;
import appraisal.domain.port.in.access.TokensUseCase;
import appraisal.domain.port.out.AccountRepository;
import appraisal.domain.port.out.AuditSink;
import appraisal.domain.port.out.IdSource;
import appraisal.domain.port.out.SecretSource;
import appraisal.domain.port.out.StoreChanges.ChangeCounts;
import appraisal.domain.port.out.StoreChanges;
import appraisal.domain.port.out.TokenRepository;
import appraisal.domain.port.out.UnitOfWork;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bearer tokens: issuing, listing and revoking them, and finding who calls with one — the token
 * part of {@link TokensUseCase}. A token works for as long as {@link IssueTokenCommand} allows,
 * stores only the digest of its secret, and stops working when its account is disabled.
 *
 * <p><b>Audit:</b> issuing and revoking a token are appended to the audit trail with who did it;
 * never the secret.
 */
public final class TokenService implements TokensUseCase {

    /** Aggregate type of token events in the audit trail (id: the token id). */
    public static final String TOKEN = "token";
    /** At most this long a token label. */
    public static final int MAX_LABEL = 100;
    /** How many bearer tokens are kept between requests (see {@link #bearer}). */
    static final int BEARERS_KEPT = 1_000;

    /** A token and its account as read when the store's access count was {@code access}. */
    private record KnownBearer(long access, TokenInfo token, UserAccount account) {
    }

    private final TokenRepository tokens;
    private final AccountRepository accounts;
    private final OrgVisibilityService visibility;
    private final StoreChanges changes;
    private final SecretSource secrets;
    private final AuditSink audit;
    private final UnitOfWork unitOfWork;
    private final IdSource ids;
    private final Clock clock;
    /**
     * Bearer tokens lately used, by the digest of their secret, with their account, as read at an
     * access count: a script calls with the same token many times, and while no account or token
     * changed in the store (the count is one read per request) the token and account read before
     * are still what the store holds. Expiry is checked against the clock on every use.
     */
    private final Cache<String, KnownBearer> bearers = CacheBuilder.newBuilder().maximumSize(BEARERS_KEPT).build();

    public TokenService(TokenRepository tokens, AccountRepository accounts, OrgVisibilityService visibility, StoreChanges changes,
                        SecretSource secrets, AuditSink audit, UnitOfWork unitOfWork, IdSource ids, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.visibility = visibility;
        this.changes = changes;
        this.secrets = secrets;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public IssuedToken issueToken(IssueTokenCommand command) {
        requireOwnerOrAdmin(command.username(), command.by(), "issue a token for");
        String label = command.label();
        if (label.length() > MAX_LABEL) {
            throw DomainException.invalid("token.bad-label", "a token's label has at most " + MAX_LABEL + " characters, this one has "
                    + label.length(), "label");
        }
        return unitOfWork.inTransaction(() -> {
            UserAccount account = UserAccountService.existing(accounts, command.username());
            if (account.disabled()) {
                throw DomainException.refused("account.disabled", "the account '" + account.username()
                        + "' is disabled; its tokens would not work");
            }
            Instant now = clock.instant();
            String secret = secrets.newSecret();
            TokenInfo info = new TokenInfo(ids.newId("TK-"), account.username(), label, now, now.plus(command.validFor()),
                    Optional.empty());
            tokens.add(info, secrets.digest(secret));
            audit.append(List.of(DomainEvent.of(TOKEN, info.id(), 0, "token.issued", command.by().actor(), now, Map.of(),
                    Map.of("username", info.username(), "label", info.label(), "expires", info.expires().toString()))));
            return new IssuedToken(info, secret);
        });
    }

    @Override
    public Optional<Principal> bearer(String secret) {
        return bearer(secret, changes.counts());
    }

    @Override
    public Optional<Caller> caller(String secret) {
        ChangeCounts counts = changes.counts();
        return bearer(secret, counts).map(p -> new Caller(p, visibility.visibility(p, counts.org())));
    }

    /** The bearer token's principal, checked against what is kept as of {@code counts}. */
    private Optional<Principal> bearer(String secret, ChangeCounts counts) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String digest = secrets.digest(secret);
        // The counts were read first: a change committed while the token is read leaves what is kept
        // labelled with the older count, so the next request reads it again.
        long access = counts.access();
        KnownBearer known = bearers.getIfPresent(digest);
        if (known == null || known.access() != access) {
            Optional<TokenInfo> token = tokens.findByDigest(digest);
            Optional<UserAccount> account = token.flatMap(t -> accounts.find(t.username()));
            if (token.isEmpty() || account.isEmpty()) {
                return Optional.empty(); // unknown secrets are not kept: a stranger's guesses fill nothing
            }
            known = new KnownBearer(access, token.get(), account.get());
            bearers.put(digest, known);
        }
        return Optional.of(known).filter(k -> k.token().usableAt(now) && !k.account().disabled())
                .map(k -> k.account().principal());
    }

    @Override
    public void revokeToken(String tokenId, Principal by) {
        unitOfWork.run(() -> {
            TokenInfo token = tokens.find(tokenId).orElseThrow(() -> DomainException.notFound("token.not-found",
                    "there is no token " + tokenId + " (see appraisal token list --user NAME)"));
            requireOwnerOrAdmin(token.username(), by, "revoke a token of");
            if (token.revoked().isPresent()) {
                return;
            }
            Instant now = clock.instant();
            tokens.revoke(token.id(), now);
            audit.append(List.of(DomainEvent.of(TOKEN, token.id(), 0, "token.revoked", by.actor(), now, Map.of(),
                    Map.of("username", token.username(), "label", token.label()))));
        });
    }

    @Override
    public List<TokenInfo> tokens(String username, Principal by) {
        requireOwnerOrAdmin(username, by, "list the tokens of");
        return tokens.of(UserAccountService.existing(accounts, username).username());
    }

    private static void requireOwnerOrAdmin(String username, Principal by, String what) {
        if (!by.admin() && !by.username().equalsIgnoreCase(username.strip())) {
            throw DomainException.refused("access.denied", by.username() + " may not " + what + " '" + username
                    + "': only its owner or an administrator may");
        }
    }
}
