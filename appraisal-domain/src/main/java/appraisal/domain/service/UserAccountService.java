package appraisal.domain.service;

import appraisal.domain.model.access.PasswordPolicy;
import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.access.AddUserCommand;
import appraisal.domain.port.in.access.UserAccountsUseCase;
import appraisal.domain.port.out.AccountRepository;
import appraisal.domain.port.out.AuditSink;
import appraisal.domain.port.out.PasswordHasher;
import appraisal.domain.port.out.PersonRepository;
import appraisal.domain.port.out.SessionRepository;
import appraisal.domain.port.out.UnitOfWork;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * User accounts and their passwords: adding an account (the password checked against
 * {@link PasswordPolicy} and stored only as a slow hash), listing them, and disabling or enabling
 * one ({@link UserAccountsUseCase}).
 *
 * <p><b>Audit:</b> adding, disabling and enabling an account are appended to the audit trail with
 * who did it; never a password or hash.
 */
public final class UserAccountService implements UserAccountsUseCase {

    /** Aggregate type of account events in the audit trail (id: the username). */
    public static final String ACCOUNT = "account";

    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final PersonRepository people;
    private final PasswordHasher hasher;
    private final AuditSink audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public UserAccountService(AccountRepository accounts, SessionRepository sessions, PersonRepository people, PasswordHasher hasher,
                              AuditSink audit, UnitOfWork unitOfWork, Clock clock) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.people = people;
        this.hasher = hasher;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

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
            UserAccount account = existing(accounts, username);
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

    /** The account named {@code username}, or {@code account.not-found}: the one refusal for a name that is not there. */
    static UserAccount existing(AccountRepository accounts, String username) {
        return accounts.find(username).orElseThrow(() -> DomainException.notFound("account.not-found",
                "there is no account '" + username + "' (see appraisal user list)"));
    }
}
