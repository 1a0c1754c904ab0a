package appraisal.domain.port.in.access;

import appraisal.domain.model.access.Caller;
import appraisal.domain.model.access.IssuedToken;
import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.Session;
import appraisal.domain.model.access.SessionGrant;
import appraisal.domain.model.access.TokenInfo;
import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.access.Visibility;
import appraisal.domain.model.org.PersonId;
import java.util.List;
import java.util.Optional;

/**
 * User accounts, sign-in sessions and bearer tokens, all kept in the store so that several
 * server instances share them. Refusals: {@code auth.bad-credentials} (unknown user or wrong
 * password: the same answer for both), {@code auth.throttled} (too many failures; the message
 * says when to try again), {@code account.exists}, {@code account.person-taken},
 * {@code account.weak-password}, {@code account.not-found}, {@code account.disabled} (the right
 * password for a disabled account), {@code token.not-found}, {@code access.denied}. The rules
 * (throttling, session lifetime, password policy) are in {@code docs/security.md}.
 */
public interface AccountsUseCase {

    UserAccount addUser(AddUserCommand command);

    List<UserAccount> users();

    /**
     * Disables an account (its sessions end at once, its tokens stop working, it cannot sign in)
     * or enables it again; a no-op when it already is so. Who may is the caller's check, as for
     * {@link #addUser}. Refusal: {@code account.not-found}.
     */
    UserAccount setDisabled(String username, boolean disabled, PersonId actor);

    /** Checks the password (slowly, on purpose) and opens a session. */
    SessionGrant signIn(SignInCommand command);

    /** The session behind a cookie's secret, if it is live; touching it extends an idle timeout. */
    Optional<Session> session(String secret);

    void signOut(String secret);

    IssuedToken issueToken(IssueTokenCommand command);

    /** The principal behind a bearer token's secret, if it is usable now. */
    Optional<Principal> bearer(String secret);

    /**
     * The principal behind a bearer token's secret, if it is usable now, with what they may see:
     * what {@link #bearer} and {@link #visibility} give, from one read of the store's change
     * counts — a server asks this once per request.
     */
    Optional<Caller> caller(String secret);

    /** Revokes a token; its owner or an administrator may. */
    void revokeToken(String tokenId, Principal by);

    /** The tokens of one user (without secrets); its owner or an administrator may list them. */
    List<TokenInfo> tokens(String username, Principal by);

    /** What this principal may see, from the current org tree. */
    Visibility visibility(Principal principal);
}
