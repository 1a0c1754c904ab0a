package appraisal.domain.port.in.lifecycle;

import appraisal.domain.model.shared.Require;
import appraisal.domain.port.in.agreement.AgreementChange;

/** The appraisee (the actor) acknowledges the evaluation. */
public record AcknowledgeCommand(AgreementChange change) {
    public AcknowledgeCommand {
        Require.present(change, "change");
    }
}
