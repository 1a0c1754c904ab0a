package appraisal.domain.port.in.agreement;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.store.StoreEpoch;
import java.util.List;

/** Read-only views of agreements and their audit trail for the adapters. */
public interface AgreementQueries {

    /** The agreement, or a {@code NOT_FOUND} refusal naming it. */
    Agreement show(AgreementId id);

    List<Agreement> inRound(RoundId round);

    List<Agreement> ofAppraisee(RoundId round, PersonId appraisee);

    List<DomainEvent> history(AgreementId id);

    /**
     * The store's epoch, in which the versions of the agreements read after it are counted. Read it
     * before the agreement: if a restore comes in between, the pair names an epoch already gone
     * and is refused as stale, never taken for the restored agreement's same version.
     */
    StoreEpoch epoch();
}
