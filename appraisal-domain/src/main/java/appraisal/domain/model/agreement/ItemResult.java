package appraisal.domain.model.agreement;

import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import java.time.Instant;

/**
 * What was reported for one item: the facts (measured values, steps done…), the evidence behind
 * them, who reported and when. Facts may be empty when an item is judged by the evaluator alone
 * and the appraisee only supplies evidence.
 */
public record ItemResult(Facts facts, ImmutableList<EvidenceRef> evidence, PersonId reportedBy, Instant reportedAt) {

    public ItemResult {
        Require.present(facts, "facts");
        Require.present(evidence, "evidence");
        Require.present(reportedBy, "reportedBy");
        Require.present(reportedAt, "reportedAt");
    }
}
