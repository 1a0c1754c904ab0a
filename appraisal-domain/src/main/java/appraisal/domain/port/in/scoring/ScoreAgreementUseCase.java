package appraisal.domain.port.in.scoring;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementScore;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.scoring.IndicatorScore;

/** Computes an agreement's score from its stored facts (the same facts always give the same score). */
public interface ScoreAgreementUseCase {

    AgreementScore score(AgreementId agreement);

    /**
     * The level and score one item would get if {@code typed} were added to the facts it is checked
     * against now (context, reported result, evaluator's judgements; the typed facts win), under the
     * round's scheme. Nothing is stored: this is what a form shows while a result is being typed.
     */
    IndicatorScore preview(AgreementId agreement, ItemId item, Facts typed);
}
