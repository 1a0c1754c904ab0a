package appraisal.domain.port.in.access;

import appraisal.domain.model.access.Principal;
import appraisal.domain.model.shared.Require;
import java.time.Duration;

/** Issues a bearer token for the requesting user (an administrator may issue one for anyone). */
public record IssueTokenCommand(String username, String label, Duration validFor, Principal by) {
    public IssueTokenCommand {
        username = Require.text(username, "username");
        label = Require.text(label, "label");
        Require.present(validFor, "validFor");
        Require.that(!validFor.isNegative() && !validFor.isZero() && validFor.compareTo(Duration.ofDays(366)) <= 0,
                "token.bad-validity", "a token is valid for 1 second to 366 days, got " + validFor, "validFor");
        Require.present(by, "by");
    }
}
