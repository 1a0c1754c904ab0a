package appraisal.domain.port.in.lifecycle;

import appraisal.domain.model.shared.Require;
import appraisal.domain.port.in.agreement.AgreementChange;

/** The reviewer (the actor) and their opinion. */
public record ReviewAgreementCommand(AgreementChange change, String opinion) {
    public ReviewAgreementCommand {
        Require.present(change, "change");
        opinion = Require.text(opinion, "opinion");
    }
}
