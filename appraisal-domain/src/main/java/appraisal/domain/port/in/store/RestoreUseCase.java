package appraisal.domain.port.in.store;

import appraisal.domain.model.store.RestoreReceipt;

/**
 * Makes the store hold exactly what a backup holds, all at once, and records who did it in the
 * audit trail ({@code store.restored}). Data already in the store is never lost silently: a
 * store that holds any row is replaced only on request ({@code restore.store-not-empty} otherwise),
 * and its rows are copied aside first.
 */
public interface RestoreUseCase {

    RestoreReceipt restore(RestoreCommand command);
}
