package appraisal.domain.port.in.cascade;

import appraisal.domain.model.agreement.AgreementId;

/**
 * Rolls a parent agreement's items up from the agreements cascaded from it: each child's level,
 * score and the fact the rule reads, and the parent's value by each item's roll-up rule (a
 * province sees each district's level of T1 and their mean). Reads only.
 */
public interface RollUpUseCase {

    RollUpReport rollUp(AgreementId parent);
}
