package appraisal.domain.port.in.agreement;

import appraisal.domain.model.agreement.AgreementId;

/**
 * Drafts an agreement between an appraisee and their evaluator (their supervisor) for a round.
 * Items may be given now or added while it is a draft.
 */
public interface DraftAgreementUseCase {

    AgreementId draft(DraftAgreementCommand command);
}
