package appraisal.domain.model.agreement;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;
import java.time.Instant;

/** The reviewer's (the evaluator's supervisor's) opinion on the evaluation. */
public record Review(PersonId reviewer, String opinion, Instant at) {

    public Review {
        Require.present(reviewer, "reviewer");
        opinion = Require.text(opinion, "opinion");
        Require.present(at, "at");
    }
}
