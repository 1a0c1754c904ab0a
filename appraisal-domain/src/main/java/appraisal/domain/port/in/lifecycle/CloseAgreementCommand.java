package appraisal.domain.port.in.lifecycle;

import appraisal.domain.model.shared.Require;
import appraisal.domain.port.in.agreement.AgreementChange;

/**
 * Close the appraisal. Whether it needed a review first is the round's policy and the org's
 * (whether the evaluator has a supervisor to review), never the caller's to say.
 */
public record CloseAgreementCommand(AgreementChange change) {
    public CloseAgreementCommand {
        Require.present(change, "change");
    }
}
