package appraisal.domain.port.in.store;

/**
 * How far to check: {@code everyAgreement} loads and judges each stored agreement; without it
 * only the database's own checks, the row counts, the audit trail's seals and the versions and
 * duplicates the store's listing shows are reported (quick on a large store).
 */
public record CheckStoreCommand(boolean everyAgreement) {
}
