package appraisal.domain.port.in.cascade;

/**
 * Derive cascade: from a head's agreement to the agreements of their staff, following an
 * assignment plan — evaluator the head, parent the head's agreement, items linked to the parent
 * items they carry, weights balanced to exactly 100.00, the context facts of the head's agreement
 * (the staff work in the head's office, so {@code office.headcount} is theirs too) — saved in one
 * unit of work. Each person of the plan must report to the head ({@code cascade.not-a-subordinate}).
 *
 * <p>Idempotent: an agreement an earlier run derived is left as it is when the plan gives the same
 * items, and updated in place while it is an unsigned draft; once signed, a change is refused with
 * {@code cascade.amendment-needed}. A person who already has an agreement in the round from
 * elsewhere is skipped and reported.
 */
public interface DeriveCascadeUseCase {

    DeriveResult derive(DeriveCascadeCommand command);
}
