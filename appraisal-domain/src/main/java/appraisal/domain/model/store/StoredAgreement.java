package appraisal.domain.model.store;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.Require;
import java.util.OptionalLong;

/**
 * What the store lists about one agreement without loading it: where to find it (its round), whose
 * it is, the version stored, and its audit trail in summary. Read in one snapshot, so the version and the
 * audit summary agree with each other.
 *
 * @param id                 the agreement
 * @param round              its round, by which the agreement is loaded
 * @param appraisee          whose agreement it is (one per person per round, so the check can find duplicates unloaded)
 * @param version            the version stored
 * @param auditEvents        how many audit events the trail holds for it
 * @param lastAuditedVersion the highest version named by one of those events, if any
 */
public record StoredAgreement(AgreementId id, RoundId round, PersonId appraisee, long version, long auditEvents,
                              OptionalLong lastAuditedVersion) {

    public StoredAgreement {
        Require.present(id, "id");
        Require.present(round, "round");
        Require.present(appraisee, "appraisee");
        Require.that(auditEvents >= 0, "store.bad-count", "an event count is >= 0, got " + auditEvents, "auditEvents");
        Require.present(lastAuditedVersion, "lastAuditedVersion");
    }
}
