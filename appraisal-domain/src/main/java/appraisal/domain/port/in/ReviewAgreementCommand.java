package appraisal.domain.port.in;

import appraisal.domain.model.shared.Require;

/** The reviewer (the actor) and their opinion. */
public record ReviewAgreementCommand(AgreementChange change, String opinion) {
    public ReviewAgreementCommand {
        Require.present(change, "change");
        opinion = Require.text(opinion, "opinion");
    }
}
