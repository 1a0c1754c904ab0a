package appraisal.domain.port.in;

/** The evaluator scores every item (judgements, overrides with reasons) and the competencies. */
public interface EvaluateAgreementUseCase {

    long evaluate(EvaluateAgreementCommand command);
}
