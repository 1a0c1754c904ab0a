package appraisal.domain.service;

import appraisal.domain.model.access.Caller;
import appraisal.domain.model.access.IssuedToken;
import appraisal.domain.model.access.OrgScope;
import appraisal.domain.model.access.PasswordPolicy;
import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.Session;
import appraisal.domain.model.access.SessionGrant;
import appraisal.domain.model.access.SessionRecord;
import appraisal.domain.model.access.SignInThrottle;
import appraisal.domain.model.access.TokenInfo;
import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.access.Visibility;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.AccountsUseCase;
import appraisal.domain.port.in.AddUserCommand;
import appraisal.domain.port.in.IssueTokenCommand;
import appraisal.domain.port.in.SignInCommand;
import appraisal.domain.port.out.AccountRepository;
import appraisal.domain.port.out.AuditSink;
import appraisal.domain.port.out.IdSource;
import appraisal.domain.port.out.OrgUnitRepository;
import appraisal.domain.port.out.PasswordHasher;
import appraisal.domain.port.out.PersonRepository;
import appraisal.domain.port.out.SecretSource;
import appraisal.domain.port.out.SessionRepository;
import appraisal.domain.port.out.SignInAttempts;
import appraisal.domain.port.out.StoreChanges;
import appraisal.domain.port.out.StoreChanges.ChangeCounts;
import appraisal.domain.port.out.TokenRepository;
import appraisal.domain.port.out.UnitOfWork;
import com.google.common.base.Suppliers;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * User accounts, sign-in, sessions and bearer tokens ({@link AccountsUseCase}), and the org scope
 * of a principal.
 *
 * <p><b>Sign-in</b> answers an unknown username and a wrong password alike
 * ({@code auth.bad-credentials}) and takes the same time for both: an unknown username is checked
 * against a dummy hash made by the same hasher, so the slow hash runs exactly once either way.
 * Throttling ({@link SignInThrottle}) is checked before the password, per account and per
 * client address. The slow hash runs outside any transaction (a SQLite write lock held for half a
 * second would stall every other writer); what it decides is then written in one.
 *
 * <p><b>Sessions</b> live as {@link SessionRecord} says (30 minutes idle, 12 hours at most);
 * <b>tokens</b> for the 1 second to 366 days the command allows. Both store only the digest of
 * their secret, and both stop working when their account is disabled.
 *
 * <p><b>Audit:</b> adding, disabling and enabling an account, issuing and revoking a token,
 * signing in (success and failure, with the client address) and signing out are appended to the
 * audit trail with who did it; never a password, secret or hash.
 */
public final class AccountService implements AccountsUseCase {

    /** Aggregate type of account events in the audit trail (id: the username). */
    public static final String ACCOUNT = "account";
    /** Aggregate type of token events in the audit trail (id: the token id). */
    public static final String TOKEN = "token";
    /** How the audit trail names someone not signed in, before their address (like {@code user:} before an account's name). */
    public static final String ANONYMOUS_PREFIX = "anonymous:";
    /** At most this long a token label. */
    public static final int MAX_LABEL = 100;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final int MAX_TEXT_IN_AUDIT = 100;
    /** How many bearer tokens are kept between requests (see {@link #bearer}). */
    static final int BEARERS_KEPT = 1_000;

    /** A token and its account as read when the store's access count was {@code access}. */
    private record KnownBearer(long access, TokenInfo token, UserAccount account) {
    }

    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final TokenRepository tokens;
    private final SignInAttempts attempts;
    private final PersonRepository people;
    private final OrgUnitRepository units;
    private final PasswordHasher hasher;
    private final SecretSource secrets;
    private final AuditSink audit;
    private final UnitOfWork unitOfWork;
    private final IdSource ids;
    private final Clock clock;
    private final StoreChanges changes;
    /** The org as last read, shared by every request until the store's change count moves on. */
    private volatile OrgSnapshot org;
    /**
     * Bearer tokens lately used, by the digest of their secret, with their account, as read at an
     * access count: a script calls with the same token many times, and while no account or token
     * changed in the store (the count is one read per request) the token and account read before
     * are still what the store holds. Expiry is checked against the clock on every use.
     */
    private final Cache<String, KnownBearer> bearers = CacheBuilder.newBuilder().maximumSize(BEARERS_KEPT).build();
    /** What an unknown username's password is checked against, made once by the same hasher. */
    private final Supplier<String> dummyHash;

    public AccountService(AccountRepository accounts, SessionRepository sessions, TokenRepository tokens, SignInAttempts attempts,
                          PersonRepository people, OrgUnitRepository units, StoreChanges changes, PasswordHasher hasher,
                          SecretSource secrets, AuditSink audit, UnitOfWork unitOfWork, IdSource ids, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.tokens = tokens;
        this.attempts = attempts;
        this.people = people;
        this.units = units;
        this.changes = changes;
        this.hasher = hasher;
        this.secrets = secrets;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.ids = ids;
        this.clock = clock;
        this.dummyHash = Suppliers.memoize(() -> hasher.hash(secrets.newSecret().toCharArray()));
    }

    // ---------------------------------------------------------------- accounts

    @Override
    public UserAccount addUser(AddUserCommand command) {
        String username = UserAccount.requireUsername(command.username());
        PasswordPolicy.check(username, command.password());
        // Refuse what can be refused before the slow hash, then again in the transaction (a race).
        refuseTaken(username, command.person());
        String hash = hasher.hash(command.password());
        return unitOfWork.inTransaction(() -> {
            refuseTaken(username, command.person());
            UserAccount account = new UserAccount(username, command.person(), command.admin(), hash, clock.instant(), false);
            accounts.save(account);
            Map<String, String> after = new LinkedHashMap<>();
            after.put("username", username);
            command.person().ifPresent(p -> after.put("person", p.value()));
            after.put("admin", Boolean.toString(command.admin()));
            audit.append(List.of(DomainEvent.of(ACCOUNT, username, 0, "account.added", command.actor(), account.created(), Map.of(),
                    after)));
            return account;
        });
    }

    private void refuseTaken(String username, Optional<PersonId> person) {
        accounts.find(username).ifPresent(a -> {
            throw DomainException.refused("account.exists", "there is already an account '" + a.username()
                    + "' (usernames are the same whatever their case); choose another username");
        });
        if (person.isPresent()) {
            people.find(person.get()).orElseThrow(() -> DomainException.notFound("account.unknown-person",
                    "person " + person.get() + " does not exist; an account belongs to a stored person (see appraisal person list)"));
            accounts.ofPerson(person.get()).ifPresent(a -> {
                throw DomainException.refused("account.person-taken", "person " + person.get() + " already has the account '"
                        + a.username() + "'; a person has one account");
            });
        }
    }

    @Override
    public List<UserAccount> users() {
        return accounts.all();
    }

    @Override
    public UserAccount setDisabled(String username, boolean disabled, PersonId actor) {
        return unitOfWork.inTransaction(() -> {
            UserAccount account = account(username);
            if (account.disabled() == disabled) {
                return account;
            }
            UserAccount changed = new UserAccount(account.username(), account.person(), account.admin(), account.passwordHash(),
                    account.created(), disabled);
            accounts.save(changed);
            int ended = disabled ? sessions.removeOf(account.username()) : 0;
            Map<String, String> after = new LinkedHashMap<>();
            after.put("disabled", Boolean.toString(disabled));
            if (disabled) {
                after.put("sessions_ended", Integer.toString(ended));
            }
            audit.append(List.of(DomainEvent.of(ACCOUNT, account.username(), 0, disabled ? "account.disabled" : "account.enabled", actor,
                    clock.instant(), Map.of("disabled", Boolean.toString(account.disabled())), after)));
            return changed;
        });
    }

    private UserAccount account(String username) {
        return accounts.find(username).orElseThrow(() -> DomainException.notFound("account.not-found",
                "there is no account '" + username + "' (see appraisal user list)"));
    }

    // ---------------------------------------------------------------- sign-in and sessions

    @Override
    public SessionGrant signIn(SignInCommand command) {
        Instant now = clock.instant();
        String accountKey = SignInThrottle.PER_ACCOUNT.key(command.username());
        String clientKey = SignInThrottle.PER_CLIENT.key(command.client());
        refuseWhenThrottled(SignInThrottle.PER_ACCOUNT, accountKey, "for this username", now);
        refuseWhenThrottled(SignInThrottle.PER_CLIENT, clientKey, "from this address", now);

        // Made on the first sign-in of any kind, so that not even the first one tells an unknown name by its time.
        String dummy = dummyHash.get();
        Optional<UserAccount> account = accounts.find(command.username());
        // The slow hash runs once whether or not the account exists: the same answer in the same time.
        boolean matches = hasher.verify(command.password(), account.map(UserAccount::passwordHash).orElse(dummy));
        String named = account.map(UserAccount::username).orElse(cut(command.username()));
        PersonId anonymous = anonymous(command.client());
        if (account.isEmpty() || !matches) {
            unitOfWork.run(() -> {
                attempts.recordFailure(accountKey, now);
                attempts.recordFailure(clientKey, now);
                attempts.forgetBefore(now.minus(SignInThrottle.LONGEST_MEMORY));
                audit.append(List.of(signInEvent(named, "account.sign-in-failed", anonymous, now, command.client(), "bad-credentials")));
            });
            throw DomainException.refused("auth.bad-credentials", "the username or the password is wrong");
        }
        UserAccount user = account.get();
        PersonId actor = user.principal().actor();
        if (user.disabled()) {
            audit.append(List.of(signInEvent(named, "account.sign-in-failed", anonymous, now, command.client(), "disabled")));
            throw DomainException.refused("account.disabled", "the account '" + user.username()
                    + "' is disabled; ask an administrator to enable it");
        }
        Optional<String> rehashed = hasher.needsRehash(user.passwordHash()) ? Optional.of(hasher.hash(command.password()))
                : Optional.empty();
        String secret = secrets.newSecret();
        SessionRecord session = new SessionRecord(secrets.digest(secret), user.username(), secrets.newSecret(), now, now);
        unitOfWork.run(() -> {
            attempts.clear(accountKey);
            rehashed.ifPresent(hash -> accounts.save(new UserAccount(user.username(), user.person(), user.admin(), hash,
                    user.created(), false)));
            sessions.removeEnded(now.minus(SessionRecord.IDLE), now.minus(SessionRecord.ABSOLUTE));
            sessions.add(session);
            DomainEvent event = signInEvent(user.username(), "account.signed-in", actor, now, command.client(), "ok");
            if (rehashed.isPresent()) {
                event = DomainEvent.of(event.aggregateType(), event.aggregateId(), 0, event.type(), actor, now, Map.of(),
                        withEntry(event.after(), "password_rehashed", "true"));
            }
            audit.append(List.of(event));
        });
        return new SessionGrant(secret, session.csrfToken(), user.principal(), session.expires());
    }

    private void refuseWhenThrottled(SignInThrottle throttle, String key, String where, Instant now) {
        Optional<Instant> until = throttle.refusedUntil(attempts.failures(key, throttle.countsSince(now)), now);
        if (until.isPresent()) {
            long minutes = Math.max(1, (Duration.between(now, until.get()).getSeconds() + 59) / 60);
            throw DomainException.refused("auth.throttled", "too many failed sign-ins " + where + "; try again in "
                    + minutes + (minutes == 1 ? " minute" : " minutes") + " (after " + TIME.format(until.get()) + ")");
        }
    }

    /**
     * Who a failed sign-in is recorded as having done it: nobody signed in, from the client's
     * address ({@code anonymous:10.0.0.7}). Never the account tried: anyone can type a name, and the
     * trail would show its owner trying (and failing) to sign in. The account stays the event's
     * aggregate, so its failures are still found under it.
     */
    static PersonId anonymous(String client) {
        return new PersonId(ANONYMOUS_PREFIX + cut(client));
    }

    private static DomainEvent signInEvent(String username, String type, PersonId actor, Instant at, String client, String outcome) {
        Map<String, String> after = new LinkedHashMap<>();
        after.put("client", cut(client));
        after.put("outcome", outcome);
        return DomainEvent.of(ACCOUNT, username, 0, type, actor, at, Map.of(), after);
    }

    private static Map<String, String> withEntry(Map<String, String> map, String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(map);
        copy.put(key, value);
        return copy;
    }

    /** Text from outside (a typed username, an address) is cut before it goes into the audit trail. */
    private static String cut(String text) {
        return text.length() > MAX_TEXT_IN_AUDIT ? text.substring(0, MAX_TEXT_IN_AUDIT) + "…" : text;
    }

    @Override
    public Optional<Session> session(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String digest = secrets.digest(secret);
        Optional<SessionRecord> found = sessions.find(digest).filter(s -> s.liveAt(now));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<UserAccount> account = accounts.find(found.get().username()).filter(a -> !a.disabled());
        if (account.isEmpty()) {
            return Optional.empty();
        }
        SessionRecord session = found.get();
        if (session.worthTouchingAt(now)) {
            sessions.touch(digest, now);
            session = session.touchedAt(now);
        }
        return Optional.of(new Session(account.get().principal(), session.csrfToken(), session.expires()));
    }

    @Override
    public void signOut(String secret) {
        if (secret == null || secret.isBlank()) {
            return;
        }
        String digest = secrets.digest(secret);
        unitOfWork.run(() -> sessions.find(digest).ifPresent(s -> {
            sessions.remove(digest);
            PersonId actor = accounts.find(s.username()).map(a -> a.principal().actor()).orElseGet(() -> new PersonId("user:" + s.username()));
            audit.append(List.of(DomainEvent.of(ACCOUNT, s.username(), 0, "account.signed-out", actor, clock.instant(), Map.of(),
                    Map.of())));
        }));
    }

    // ---------------------------------------------------------------- tokens

    @Override
    public IssuedToken issueToken(IssueTokenCommand command) {
        requireOwnerOrAdmin(command.username(), command.by(), "issue a token for");
        String label = command.label();
        if (label.length() > MAX_LABEL) {
            throw DomainException.invalid("token.bad-label", "a token's label has at most " + MAX_LABEL + " characters, this one has "
                    + label.length(), "label");
        }
        return unitOfWork.inTransaction(() -> {
            UserAccount account = account(command.username());
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
        return bearer(secret, counts).map(p -> new Caller(p, visibility(p, counts.org())));
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
        return tokens.of(account(username).username());
    }

    private static void requireOwnerOrAdmin(String username, Principal by, String what) {
        if (!by.admin() && !by.username().equalsIgnoreCase(username.strip())) {
            throw DomainException.refused("access.denied", by.username() + " may not " + what + " '" + username
                    + "': only its owner or an administrator may");
        }
    }

    // ---------------------------------------------------------------- scope

    /**
     * The org scope of {@code principal}, the rule being {@link OrgScope}'s. It asks about people
     * and units from the org in memory: one read of the store's change count per call, and the
     * whole org read again (two queries) only after someone changed it, here or in another process.
     */
    @Override
    public Visibility visibility(Principal principal) {
        return principal.admin() ? OrgScope.everything() : visibility(principal, changes.counts().org());
    }

    private Visibility visibility(Principal principal, long orgCount) {
        if (principal.admin()) {
            return OrgScope.everything();
        }
        return org(orgCount).scopeOf(principal.person().orElseThrow());
    }

    private OrgSnapshot org(long count) {
        // The count was read first: a change committed while the org is read leaves the snapshot
        // labelled with the older count, so the next call reads the org again rather than keep a stale one.
        OrgSnapshot known = org;
        if (known != null && known.count() == count) {
            return known;
        }
        OrgSnapshot fresh = OrgSnapshot.of(count, units.all(), people.all());
        org = fresh;
        return fresh;
    }
}
