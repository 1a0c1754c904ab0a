package appraisal.domain.model.scoring;

/** How competencies are scored. */
public enum CompetencyMethod {
    /** Observed level against the expected level of the position: points by gap (default 3/2/1/0). */
    GAP,
    /** Each competency rated 1–5 by the evaluator. */
    RATING
}
