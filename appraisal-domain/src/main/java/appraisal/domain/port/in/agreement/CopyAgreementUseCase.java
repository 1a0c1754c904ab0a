package appraisal.domain.port.in.agreement;

/**
 * Starts a round's agreement from the last one: the appraisee's agreement of the latest earlier
 * round that has one, copied as a draft between the appraisee and their supervisor now — same
 * items, sections, weights, responsible units, roll-ups and context facts, each indicator at its
 * latest version. Items link to the evaluator's own agreement in the new round, when there is one,
 * by indicator code. Whoever may draft the appraisee's agreement (the authority's {@code DRAFT}) may
 * copy it; refused when the appraisee already has an agreement in the round.
 */
public interface CopyAgreementUseCase {

    CopiedAgreement copy(CopyAgreementCommand command);
}
