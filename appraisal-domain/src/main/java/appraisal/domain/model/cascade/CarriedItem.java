package appraisal.domain.model.cascade;

import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.shared.Require;

/** A parent item a person carries, with the weight or share of it on their agreement. */
public record CarriedItem(ItemId parentItem, Portion portion) {

    public CarriedItem {
        Require.present(parentItem, "item");
        Require.present(portion, "portion");
    }
}
