package appraisal.domain.port.in.lifecycle;

/** Reopens an assessed agreement for corrections; the reason and what was set aside are kept. */
public interface ReopenAgreementUseCase {

    long reopen(ReopenAgreementCommand command);
}
