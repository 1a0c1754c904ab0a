package appraisal.domain.port.in;

/** Closes a finished appraisal. */
public interface CloseAgreementUseCase {

    long close(CloseAgreementCommand command);
}
