package appraisal.domain.port.in.task;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.shared.Require;

/** One agreement waiting for a person, and the step that is theirs. */
public record Task(Agreement agreement, Step step) {

    /** The steps a queue lists. */
    public enum Step {
        /** Sign a draft they are a party to. */
        SIGN,
        /** Report results and submit the self-assessment (the appraisee). */
        REPORT,
        /** Evaluate (the evaluator). */
        EVALUATE,
        /** Acknowledge the evaluation, or refuse before a witness (the appraisee). */
        ACKNOWLEDGE,
        /** Give the reviewer's opinion (the evaluator's supervisor). */
        REVIEW,
        /** Close the reviewed agreement (the reviewer). */
        CLOSE
    }

    public Task {
        Require.present(agreement, "agreement");
        Require.present(step, "step");
    }
}
