package appraisal.domain.model.round;

/**
 * Whether a round requires the reviewer's opinion before an agreement closes. It belongs to the
 * round's settings ({@link RoundSettings}), never to a request: whoever closes an agreement is
 * told the policy by the round.
 */
public enum ReviewPolicy {
    /** Close only after a review. */
    REQUIRED,
    /** The reviewer may review; an acknowledged or refused agreement may close without one. */
    OPTIONAL
}
