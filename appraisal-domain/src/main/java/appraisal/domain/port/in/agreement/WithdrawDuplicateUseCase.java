package appraisal.domain.port.in.agreement;

/**
 * Resolves what the store check reports as {@code agreement.duplicate-in-round}: takes one of a
 * person's several agreements in a round (made before the rule of one per round) out of the store.
 * Only a duplicate may go, never the one furthest along nor one others are cascaded from, and only
 * with a reason; its audit trail stays, with an {@code agreement.withdrawn} event that keeps what it
 * held (see {@link appraisal.domain.model.agreement.OneAgreementPerRound#withdrawal}).
 */
public interface WithdrawDuplicateUseCase {

    WithdrawnDuplicate withdraw(WithdrawDuplicateCommand command);
}
