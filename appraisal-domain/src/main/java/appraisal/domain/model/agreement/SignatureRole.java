package appraisal.domain.model.agreement;

/** In which capacity someone signs an agreement. */
public enum SignatureRole {
    /** ผู้รับการประเมิน. */
    APPRAISEE,
    /** ผู้ประเมิน. */
    EVALUATOR
}
