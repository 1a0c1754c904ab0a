package appraisal.domain.port.in.access;

import appraisal.domain.model.access.Session;
import appraisal.domain.model.access.SessionGrant;
import java.util.Optional;

/**
 * Signing in with a password, the browser sessions it opens, and signing out. Refusals:
 * {@code auth.bad-credentials} (unknown user or wrong password: the same answer for both),
 * {@code auth.throttled} (too many failures; the message says when to try again),
 * {@code account.disabled} (the right password for a disabled account). Throttling and session
 * lifetimes are in {@code docs/security.md}.
 */
public interface SignInUseCase {

    /** Checks the password (slowly, on purpose) and opens a session. */
    SessionGrant signIn(SignInCommand command);

    /** The session behind a cookie's secret, if it is live; touching it extends an idle timeout. */
    Optional<Session> session(String secret);

    void signOut(String secret);
}
