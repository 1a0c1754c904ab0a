package appraisal.domain.port.in;

import appraisal.domain.model.round.ReviewPolicy;
import appraisal.domain.model.shared.Require;

/** Whether this appraisal needed a review before closing. */
public record CloseAgreementCommand(AgreementChange change, ReviewPolicy policy) {
    public CloseAgreementCommand {
        Require.present(change, "change");
        Require.present(policy, "policy");
    }
}
