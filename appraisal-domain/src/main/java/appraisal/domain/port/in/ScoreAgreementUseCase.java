package appraisal.domain.port.in;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementScore;

/** Computes an agreement's score from its stored facts (the same facts always give the same score). */
public interface ScoreAgreementUseCase {

    AgreementScore score(AgreementId agreement);
}
