package appraisal.domain.port.in;

/**
 * How far to check: {@code everyAgreement} loads and judges each stored agreement; without it
 * only the database's own checks and the row counts are reported (quick on a large store).
 */
public record CheckStoreCommand(boolean everyAgreement) {
}
