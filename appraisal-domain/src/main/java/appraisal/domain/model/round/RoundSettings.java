package appraisal.domain.model.round;

import appraisal.domain.model.shared.Require;

/**
 * What a round decides for every agreement in it besides deadlines and scoring: whether closing
 * needs the reviewer's opinion, and how much evidence an agreement may keep. A round file that
 * leaves them out gets {@link #standard()}.
 */
public record RoundSettings(ReviewPolicy review, EvidenceQuota evidence) {

    public RoundSettings {
        Require.present(review, "review");
        Require.present(evidence, "evidence");
    }

    /**
     * The review required (the reviewer — the evaluator's own supervisor — gives an opinion on
     * every appraisal before it closes, as the web page has always closed agreements) and the
     * {@link EvidenceQuota#standard() standard evidence quota}.
     */
    public static RoundSettings standard() {
        return new RoundSettings(ReviewPolicy.REQUIRED, EvidenceQuota.standard());
    }
}
