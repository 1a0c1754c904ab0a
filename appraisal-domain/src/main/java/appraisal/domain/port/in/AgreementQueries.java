package appraisal.domain.port.in;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import java.util.List;

/** Read-only views of agreements and their audit trail for the adapters. */
public interface AgreementQueries {

    /** The agreement, or a {@code NOT_FOUND} refusal naming it. */
    Agreement show(AgreementId id);

    List<Agreement> inRound(RoundId round);

    List<Agreement> ofAppraisee(RoundId round, PersonId appraisee);

    List<DomainEvent> history(AgreementId id);
}
