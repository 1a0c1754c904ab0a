package appraisal.domain.service;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.Party;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.AuditSink;
import java.util.List;

/**
 * How every use case reads and stores one agreement: loaded by id (or not found; held against
 * other writers when it is to be changed), saved with its
 * pending events appended to the audit trail — marked as an administrator's where the act was
 * allowed only by that authority — and the events then cleared, inside the caller's unit of work.
 */
final class AgreementWrites {

    private final AgreementRepository agreements;
    private final AuditSink audit;

    AgreementWrites(AgreementRepository agreements, AuditSink audit) {
        this.agreements = agreements;
        this.audit = audit;
    }

    Agreement load(AgreementId id) {
        return agreements.find(id).orElseThrow(() -> notFound(id));
    }

    /** {@link #load}, held against other writers until the caller's unit of work ends ({@link AgreementRepository#findForChange}). */
    Agreement loadForChange(AgreementId id) {
        return agreements.findForChange(id).orElseThrow(() -> notFound(id));
    }

    private static DomainException notFound(AgreementId id) {
        return DomainException.notFound("agreement.not-found", "agreement " + id + " does not exist");
    }

    void save(Agreement agreement, Party actedAs) {
        List<DomainEvent> events = Authorities.recorded(actedAs, agreement.pendingEvents());
        agreements.save(agreement);
        audit.append(events);
        agreement.clearPendingEvents();
    }
}
