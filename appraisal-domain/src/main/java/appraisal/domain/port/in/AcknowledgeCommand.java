package appraisal.domain.port.in;

import appraisal.domain.model.shared.Require;

/** The appraisee (the actor) acknowledges the evaluation. */
public record AcknowledgeCommand(AgreementChange change) {
    public AcknowledgeCommand {
        Require.present(change, "change");
    }
}
