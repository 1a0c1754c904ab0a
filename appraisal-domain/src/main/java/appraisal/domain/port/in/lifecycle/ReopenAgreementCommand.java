package appraisal.domain.port.in.lifecycle;

import appraisal.domain.model.shared.Require;
import appraisal.domain.port.in.agreement.AgreementChange;

/** Why the agreement is reopened. */
public record ReopenAgreementCommand(AgreementChange change, String reason) {
    public ReopenAgreementCommand {
        Require.present(change, "change");
        reason = Require.text(reason, "reason");
    }
}
