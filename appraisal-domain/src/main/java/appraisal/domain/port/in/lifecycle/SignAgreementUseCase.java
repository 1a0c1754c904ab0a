package appraisal.domain.port.in.lifecycle;

/** Signs an agreement as its appraisee or evaluator; when both have signed it is agreed. */
public interface SignAgreementUseCase {

    long sign(SignAgreementCommand command);
}
