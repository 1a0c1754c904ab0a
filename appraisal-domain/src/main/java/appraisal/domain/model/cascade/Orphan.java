package appraisal.domain.model.cascade;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.org.PersonId;

/**
 * A child item whose parent link points nowhere: the agreement it names does not exist, or no
 * longer has the item (e.g. the parent was amended and the item removed).
 */
public record Orphan(AgreementId agreement, PersonId appraisee, ItemId item, ItemRef link, String why) {
}
