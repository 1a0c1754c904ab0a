package appraisal.domain.model.agreement;

/**
 * Where an agreement is in its lifecycle: DRAFT → AGREED → SELF_ASSESSED → EVALUATED →
 * ACKNOWLEDGED or REFUSED → REVIEWED → CLOSED, with REOPENED as the traced way back.
 */
public enum AgreementStatus {
    /** Items and weights are being drafted; nothing agreed yet (signatures may be partial). */
    DRAFT,
    /** Both parties signed; results may be reported. */
    AGREED,
    /** The appraisee submitted results for every item. */
    SELF_ASSESSED,
    /** The evaluator judged the items and competencies. */
    EVALUATED,
    /** The appraisee signed to acknowledge the result. */
    ACKNOWLEDGED,
    /** The appraisee was notified but refused to sign; a witness attests the notification. */
    REFUSED,
    /** The reviewer (the evaluator's supervisor) gave an opinion. */
    REVIEWED,
    /** Finished for the round. */
    CLOSED,
    /** Opened again with a reason after self-assessment or later; results and evaluation may be redone. */
    REOPENED
}
