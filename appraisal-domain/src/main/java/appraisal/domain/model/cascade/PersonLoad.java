package appraisal.domain.model.cascade;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.org.PersonId;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;

/**
 * How much of one child agreement is carried from the parent: the weight of its items linked to
 * parent items ({@code carried}, also per parent item) and of the rest ({@code own}: individual
 * indicators and items linked elsewhere or nowhere).
 */
public record PersonLoad(PersonId person, AgreementId agreement, BigDecimal carried, BigDecimal own,
                         ImmutableMap<ItemId, BigDecimal> byParentItem) {
}
