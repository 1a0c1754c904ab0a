package appraisal.domain.port.in.agreement;

import appraisal.domain.model.agreement.AgreementId;

/** What an import did, to which agreement, and the version it left the agreement at. */
public record ImportedAgreement(AgreementId agreement, Outcome outcome, long version) {

    /** What an import did. */
    public enum Outcome {
        /** A new agreement was drafted. */
        DRAFTED,
        /** The person's draft now holds the file's items. */
        DRAFT_CHANGED,
        /** The person's agreed agreement was amended: a new revision, in DRAFT, with the file's items. */
        AMENDED,
        /** The person's draft already held what the file says. */
        UNCHANGED
    }
}
