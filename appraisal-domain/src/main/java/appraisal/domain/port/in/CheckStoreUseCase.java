package appraisal.domain.port.in;

/**
 * Checks the stored data: the database's own integrity checks, then every agreement is loaded
 * and held to {@link appraisal.domain.model.store.AgreementIntegrity}. Safe while others write:
 * it only reads, and judges each agreement as loaded.
 */
public interface CheckStoreUseCase {

    StoreCheck check(CheckStoreCommand command);
}
