package appraisal.domain.port.in.agreement;

import appraisal.domain.model.shared.Require;

/** Why the agreement is amended. */
public record AmendAgreementCommand(AgreementChange change, String reason) {
    public AmendAgreementCommand {
        Require.present(change, "change");
        reason = Require.text(reason, "reason");
    }
}
