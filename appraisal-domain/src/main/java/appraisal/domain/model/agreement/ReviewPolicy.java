package appraisal.domain.model.agreement;

/**
 * Whether a round requires the reviewer's opinion before an agreement closes. The round (and so
 * the use case) knows; the agreement is told when it is closed.
 */
public enum ReviewPolicy {
    /** Close only after a review. */
    REQUIRED,
    /** The reviewer may review; an acknowledged or refused agreement may close without one. */
    OPTIONAL
}
