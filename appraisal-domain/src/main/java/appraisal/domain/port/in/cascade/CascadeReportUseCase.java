package appraisal.domain.port.in.cascade;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.round.RoundId;

/** Reports on a cascade: what nobody carries, links that point nowhere, who carries how much, who has no agreement. */
public interface CascadeReportUseCase {

    /** The cascade from {@code parent}, in its round; the office is its appraisee's. */
    CascadeReport report(AgreementId parent);

    /** The cascade from the agreement the head of {@code unit} has in {@code round}. */
    CascadeReport report(RoundId round, OrgUnitId unit);
}
