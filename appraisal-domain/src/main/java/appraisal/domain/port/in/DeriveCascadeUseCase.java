package appraisal.domain.port.in;

/**
 * Derive cascade: from a head's agreement to the agreements of their staff, following an
 * assignment plan — evaluator the head, parent the head's agreement, items linked to the parent
 * items they carry, weights balanced to exactly 100.00 — saved in one unit of work.
 *
 * <p>Idempotent: an agreement an earlier run derived is left as it is when the plan gives the same
 * items, and updated in place while it is an unsigned draft; once signed, a change is refused with
 * {@code cascade.amendment-needed}. A person who already has an agreement in the round from
 * elsewhere is skipped and reported.
 */
public interface DeriveCascadeUseCase {

    DeriveResult derive(DeriveCascadeCommand command);
}
