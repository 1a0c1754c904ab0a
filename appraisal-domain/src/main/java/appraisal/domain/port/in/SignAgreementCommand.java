package appraisal.domain.port.in;

import appraisal.domain.model.shared.Require;

/** The signer is the change's actor. */
public record SignAgreementCommand(AgreementChange change) {
    public SignAgreementCommand {
        Require.present(change, "change");
    }
}
