package appraisal.domain.model.cascade;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.org.PersonId;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a cascade from one parent agreement looks like: the parent items nobody carries
 * (coverage), child items whose parent link points nowhere (orphans), and the weight carried per
 * person and per parent item (load).
 *
 * <p>A child carries a parent item when one of its items links to it. An item without a parent
 * link is not an orphan — individual indicators are meant to stand alone — it counts as the
 * person's own weight. Every child agreement counts, whatever its status; a child's link to
 * another agreement is checked too, and counts as own weight when it resolves.
 */
public record CascadeAnalysis(AgreementId parent, ImmutableList<ItemId> uncovered, ImmutableList<Orphan> orphans,
                              ImmutableList<PersonLoad> people, ImmutableList<ParentItemLoad> items) {

    /**
     * @param children   the agreements cascaded from {@code parent}, in the order to report them
     * @param agreements finds any other agreement a child item links to
     */
    public static CascadeAnalysis of(Agreement parent, List<Agreement> children,
                                     Function<AgreementId, Optional<Agreement>> agreements) {
        Map<ItemId, List<PersonId>> carriers = new LinkedHashMap<>();
        Map<ItemId, BigDecimal> carriedWeight = new LinkedHashMap<>();
        for (Item item : parent.items()) {
            carriers.put(item.id(), new ArrayList<>());
            carriedWeight.put(item.id(), BigDecimal.ZERO.setScale(2));
        }
        List<Orphan> orphans = new ArrayList<>();
        List<PersonLoad> people = new ArrayList<>();
        Map<AgreementId, Optional<Agreement>> seen = new LinkedHashMap<>();
        seen.put(parent.id(), Optional.of(parent));
        for (Agreement child : children) {
            BigDecimal carried = BigDecimal.ZERO.setScale(2);
            BigDecimal own = BigDecimal.ZERO.setScale(2);
            Map<ItemId, BigDecimal> byParentItem = new LinkedHashMap<>();
            for (Item item : child.items()) {
                if (item.parent().isEmpty()) {
                    own = own.add(item.weight());
                    continue;
                }
                ItemRef link = item.parent().get();
                Optional<Agreement> target = seen.computeIfAbsent(link.agreement(), agreements);
                if (target.isEmpty() || target.get().findItem(link.item()).isEmpty()) {
                    orphans.add(new Orphan(child.id(), child.appraisee(), item.id(), link, target.isEmpty()
                            ? "agreement " + link.agreement() + " does not exist"
                            : "agreement " + link.agreement() + " has no item " + link.item()));
                    own = own.add(item.weight());
                } else if (link.agreement().equals(parent.id())) {
                    carried = carried.add(item.weight());
                    byParentItem.merge(link.item(), item.weight(), BigDecimal::add);
                    List<PersonId> who = carriers.get(link.item());
                    if (!who.contains(child.appraisee())) {
                        who.add(child.appraisee());
                    }
                    carriedWeight.merge(link.item(), item.weight(), BigDecimal::add);
                } else {
                    own = own.add(item.weight());
                }
            }
            people.add(new PersonLoad(child.appraisee(), child.id(), carried, own, ImmutableMap.copyOf(byParentItem)));
        }
        List<ItemId> uncovered = new ArrayList<>();
        List<ParentItemLoad> items = new ArrayList<>();
        for (Item item : parent.items()) {
            List<PersonId> who = carriers.get(item.id());
            if (who.isEmpty()) {
                uncovered.add(item.id());
            }
            items.add(new ParentItemLoad(item.id(), item.weight(), ImmutableList.copyOf(who), carriedWeight.get(item.id())));
        }
        return new CascadeAnalysis(parent.id(), ImmutableList.copyOf(uncovered), ImmutableList.copyOf(orphans),
                ImmutableList.copyOf(people), ImmutableList.copyOf(items));
    }
}
