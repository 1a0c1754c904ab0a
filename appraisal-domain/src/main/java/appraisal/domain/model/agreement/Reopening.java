package appraisal.domain.model.agreement;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;
import java.time.Instant;
import java.util.Optional;

/**
 * The trace a reopening leaves: who reopened, why, when, from which status, and the
 * acknowledgement and review it set aside (they no longer stand once results may change, but
 * they were signed, so they are kept here).
 */
public record Reopening(PersonId by, String reason, Instant at, AgreementStatus from,
                        Optional<Acknowledgement> setAsideAcknowledgement, Optional<Review> setAsideReview) {

    public Reopening {
        Require.present(by, "by");
        reason = Require.text(reason, "reason");
        Require.present(at, "at");
        Require.present(from, "from");
        Require.present(setAsideAcknowledgement, "setAsideAcknowledgement");
        Require.present(setAsideReview, "setAsideReview");
    }
}
