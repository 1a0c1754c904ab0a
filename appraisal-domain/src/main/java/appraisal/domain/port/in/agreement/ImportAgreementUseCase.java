package appraisal.domain.port.in.agreement;

/**
 * Imports an agreement file (the interchange format export writes): the round, the parties (the
 * evaluator defaults to the appraisee's supervisor), the parent, office facts and the items with
 * their local targets and roll-up rules, all in one unit of work. Results, evaluation and
 * signatures in the file are for reading and are not imported. A person has one agreement per
 * round: see {@link ImportAgreementCommand} for what happens when they have one already.
 */
public interface ImportAgreementUseCase {

    ImportedAgreement importAgreement(ImportAgreementCommand command);
}
