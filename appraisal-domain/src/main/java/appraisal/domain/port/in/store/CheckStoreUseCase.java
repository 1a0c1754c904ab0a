package appraisal.domain.port.in.store;

/**
 * Checks the stored data: the database's own integrity checks, the sealed audit trail and each
 * agreement's version against it ({@link appraisal.domain.model.store.AuditTrailIntegrity}), then
 * (unless quick) every agreement is loaded and held to
 * {@link appraisal.domain.model.store.AgreementIntegrity}. Safe while others write: it only reads,
 * and judges each agreement as loaded.
 */
public interface CheckStoreUseCase {

    StoreCheck check(CheckStoreCommand command);
}
