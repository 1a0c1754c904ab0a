package appraisal.domain.model.round;

/** The milestones of a round that offices are followed against. */
public enum DeadlineKind {
    /** Indicators agreed and recorded at the start of the round (ต้นรอบ). */
    AGREEMENT,
    /** Results reported by the appraisee at the end of the round (ปลายรอบ). */
    SELF_ASSESSMENT,
    /** Evaluation finished by the evaluator. */
    EVALUATION,
    /** Any other date the round sets, e.g. forms sent to the province. */
    OTHER
}
