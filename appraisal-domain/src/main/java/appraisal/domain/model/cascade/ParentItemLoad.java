package appraisal.domain.model.cascade;

import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.org.PersonId;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;

/**
 * Who carries one parent item: its weight on the parent agreement, the people whose agreements
 * link an item to it, and the sum of the weights they give it. No carriers means not covered.
 */
public record ParentItemLoad(ItemId item, BigDecimal weight, ImmutableList<PersonId> carriers,
                             BigDecimal carriedWeight) {

    public boolean covered() {
        return !carriers.isEmpty();
    }
}
