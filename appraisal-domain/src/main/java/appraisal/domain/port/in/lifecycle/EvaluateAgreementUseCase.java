package appraisal.domain.port.in.lifecycle;

/**
 * The evaluator scores every item (judgements, overrides with reasons) and the competencies.
 * Refused ({@code competency.missing}) unless every competency the appraisee's position level is
 * assessed on has a level, and ({@code competency.unknown}) for a code that is not a competency.
 */
public interface EvaluateAgreementUseCase {

    long evaluate(EvaluateAgreementCommand command);
}
