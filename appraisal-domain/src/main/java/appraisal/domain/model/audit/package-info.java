/**
 * Audit: the domain events every aggregate raises on a state change (who, when, what,
 * before/after), which a driven port stores append-only.
 */
package appraisal.domain.model.audit;
