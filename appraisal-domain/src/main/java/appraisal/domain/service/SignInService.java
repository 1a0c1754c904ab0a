package appraisal.domain.service;

import appraisal.domain.model.access.Session;
import appraisal.domain.model.access.SessionGrant;
import appraisal.domain.model.access.SessionRecord;
import appraisal.domain.model.access.SignInThrottle;
import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.access.SignInCommand;
import appraisal.domain.port.in.access.SignInUseCase;
import appraisal.domain.port.out.AccountRepository;
import appraisal.domain.port.out.AuditSink;
import appraisal.domain.port.out.PasswordHasher;
import appraisal.domain.port.out.SecretSource;
import appraisal.domain.port.out.SessionRepository;
import appraisal.domain.port.out.SignInAttempts;
import appraisal.domain.port.out.UnitOfWork;
import com.google.common.base.Suppliers;
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

import static appraisal.domain.service.UserAccountService.ACCOUNT;

/**
 * Signing in, the sessions it opens, and signing out — the session part of {@link SignInUseCase}.
 *
 * <p><b>Sign-in</b> answers an unknown username and a wrong password alike
 * ({@code auth.bad-credentials}) and takes the same time for both: an unknown username is checked
 * against a dummy hash made by the same hasher, so the slow hash runs exactly once either way.
 * Throttling ({@link SignInThrottle}) is checked before the password, per account and per
 * client address. The slow hash runs outside any transaction, since a SQLite write lock held while
 * it runs would stall every other writer; what it decides is then written in one.
 *
 * <p><b>Sessions</b> live as {@link SessionRecord} says (idle and absolute limits). A session
 * stores only the digest of its secret, and stops working when its account is disabled.
 *
 * <p><b>Audit:</b> signing in (success and failure, with the client address) and signing out are
 * appended to the audit trail; never a password, secret or hash.
 */
public final class SignInService implements SignInUseCase {

    /** How the audit trail names someone not signed in, before their address (like {@code user:} before an account's name). */
    public static final String ANONYMOUS_PREFIX = "anonymous:";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final int MAX_TEXT_IN_AUDIT = 100;

    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final SignInAttempts attempts;
    private final PasswordHasher hasher;
    private final SecretSource secrets;
    private final AuditSink audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    /** What an unknown username's password is checked against, made once by the same hasher. */
    private final Supplier<String> dummyHash;

    public SignInService(AccountRepository accounts, SessionRepository sessions, SignInAttempts attempts, PasswordHasher hasher,
                         SecretSource secrets, AuditSink audit, UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.attempts = attempts;
        this.hasher = hasher;
        this.secrets = secrets;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.dummyHash = Suppliers.memoize(() -> hasher.hash(secrets.newSecret().toCharArray()));
    }

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
}
