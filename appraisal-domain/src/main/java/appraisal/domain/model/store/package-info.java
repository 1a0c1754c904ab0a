/**
 * The store as a whole, as the domain sees it: what a backup or a restore did, what an
 * inspection of the stored data found, and the rules every stored agreement must satisfy
 * ({@link appraisal.domain.model.store.AgreementIntegrity}). Where the bytes live is the
 * persistence adapter's business; files are named here only as text.
 */
package appraisal.domain.model.store;
