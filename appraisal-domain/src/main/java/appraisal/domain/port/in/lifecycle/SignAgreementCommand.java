package appraisal.domain.port.in.lifecycle;

import appraisal.domain.model.shared.Require;
import appraisal.domain.port.in.agreement.AgreementChange;

/** The signer is the change's actor. */
public record SignAgreementCommand(AgreementChange change) {
    public SignAgreementCommand {
        Require.present(change, "change");
    }
}
