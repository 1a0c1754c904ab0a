package appraisal.domain.port.in.lifecycle;

import appraisal.domain.model.shared.Require;
import appraisal.domain.port.in.agreement.AgreementChange;

/** Submits the actor's self-assessment. */
public record SubmitSelfAssessmentCommand(AgreementChange change) {
    public SubmitSelfAssessmentCommand {
        Require.present(change, "change");
    }
}
