package appraisal.domain.model.access;

import appraisal.domain.model.shared.Require;
import java.time.Instant;

/**
 * A new browser session, handed out once at sign-in: the cookie's secret (stored only hashed)
 * and the CSRF token forms must echo.
 */
public record SessionGrant(String secret, String csrfToken, Principal principal, Instant expires) {
    public SessionGrant {
        secret = Require.text(secret, "secret");
        csrfToken = Require.text(csrfToken, "csrfToken");
        Require.present(principal, "principal");
        Require.present(expires, "expires");
    }

    @Override
    public String toString() {
        return "SessionGrant[" + principal.username() + ", expires " + expires + "]";
    }
}
