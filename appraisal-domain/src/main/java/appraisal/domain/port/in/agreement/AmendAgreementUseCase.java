package appraisal.domain.port.in.agreement;

/** Starts a new revision of an agreed agreement; the signed one is kept, never edited. */
public interface AmendAgreementUseCase {

    long amend(AmendAgreementCommand command);
}
