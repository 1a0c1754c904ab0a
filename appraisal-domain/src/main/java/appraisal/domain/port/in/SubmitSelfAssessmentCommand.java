package appraisal.domain.port.in;

import appraisal.domain.model.shared.Require;

/** Submits the actor's self-assessment. */
public record SubmitSelfAssessmentCommand(AgreementChange change) {
    public SubmitSelfAssessmentCommand {
        Require.present(change, "change");
    }
}
