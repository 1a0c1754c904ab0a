package appraisal.domain.model.access;

import appraisal.domain.model.shared.Require;
import java.time.Instant;

/** A live browser session as a request finds it: who, the CSRF token to check, when it ends. */
public record Session(Principal principal, String csrfToken, Instant expires) {
    public Session {
        Require.present(principal, "principal");
        csrfToken = Require.text(csrfToken, "csrfToken");
        Require.present(expires, "expires");
    }
}
