package appraisal.domain.service;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.Party;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.store.StoreEpoch;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.AuditSink;
import java.util.List;

/**
 * How every use case reads and stores one agreement: loaded by id (or not found; for a change,
 * held against other writers and at the version and store epoch the actor saw, or stale), saved with its
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

    /**
     * The agreement a change is about, refused as stale ({@code agreement.stale-version}) unless it
     * is at the version the actor saw, in the store epoch they saw it in. The epoch is read first,
     * in the caller's unit of work, so no restore can come between it and the save.
     */
    Agreement load(AgreementChange change) {
        change.epoch().ifPresent(seen -> {
            StoreEpoch now = agreements.epoch();
            if (!now.equals(seen)) {
                throw DomainException.conflict("agreement.stale-version", "agreement " + change.agreement() + " was read in store epoch "
                        + seen + " but the store is in epoch " + now + " now (it was restored since, or this is another store): "
                        + "the same version number may hold other contents; reload it and try again");
            }
        });
        Agreement agreement = loadForChange(change.agreement());
        change.expectedVersion().ifPresent(agreement::expectVersion);
        return agreement;
    }

    void save(Agreement agreement, Party actedAs) {
        List<DomainEvent> events = Authorities.recorded(actedAs, agreement.pendingEvents());
        agreements.save(agreement);
        audit.append(events);
        agreement.clearPendingEvents();
    }
}
