package appraisal.domain.port.in.lifecycle;

/** The evaluator's own supervisor gives their opinion on the evaluation. */
public interface ReviewAgreementUseCase {

    long review(ReviewAgreementCommand command);
}
