package appraisal.domain.port.in.lifecycle;

/** Closes a finished appraisal. */
public interface CloseAgreementUseCase {

    long close(CloseAgreementCommand command);
}
