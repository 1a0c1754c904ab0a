package appraisal.domain.port.in;

import appraisal.domain.model.shared.Require;

/** Why the agreement is reopened. */
public record ReopenAgreementCommand(AgreementChange change, String reason) {
    public ReopenAgreementCommand {
        Require.present(change, "change");
        reason = Require.text(reason, "reason");
    }
}
