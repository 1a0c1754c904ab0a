package appraisal.domain.model.cascade;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * One person's part of an {@link AssignmentPlan}: the parent items they carry and the indicators
 * added for them alone, each with a weight or a share.
 *
 * <p>Invariants: at least one item; a parent item is carried at most once; an own indicator code
 * appears at most once.
 */
public record Assignment(PersonId person, ImmutableList<CarriedItem> carries, ImmutableList<OwnIndicator> own) {

    public Assignment {
        Require.present(person, "person");
        Require.present(carries, "carries");
        Require.present(own, "own");
        Require.that(!carries.isEmpty() || !own.isEmpty(), "plan.nothing-assigned",
                person + " carries no item and has no indicator of their own", "");
        Set<ItemId> carried = new HashSet<>();
        for (int i = 0; i < carries.size(); i++) {
            Require.that(carried.add(carries.get(i).parentItem()), "plan.duplicate-item",
                    person + " carries parent item " + carries.get(i).parentItem() + " twice", "carries/" + i + "/item");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < own.size(); i++) {
            Require.that(codes.add(own.get(i).indicatorCode()), "plan.duplicate-indicator",
                    person + " has own indicator " + own.get(i).indicatorCode() + " twice", "own/" + i + "/indicator");
        }
    }

    /** Every planned portion: the carried items first, then the own indicators, in plan order. */
    public ImmutableList<Portion> portions() {
        ImmutableList.Builder<Portion> out = ImmutableList.builder();
        carries.forEach(c -> out.add(c.portion()));
        own.forEach(o -> out.add(o.portion()));
        return out.build();
    }

    /**
     * The items of this person's agreement cascaded from {@code parent}: each carried parent item
     * becomes an item on the same indicator version, section and responsible unit, linked to it;
     * each own indicator an unlinked item on the version {@code indicators} finds. Weights are
     * balanced to exactly 100.00 by {@link WeightBalancer}. Item ids are indicator codes, as for
     * every drafted item.
     */
    public ImmutableList<Item> items(Agreement parent, Function<OwnIndicator, Indicator> indicators) {
        ImmutableList<BigDecimal> weights = WeightBalancer.balance(portions(), person.value());
        List<Item> items = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int n = 0;
        for (CarriedItem c : carries) {
            Item source = parent.findItem(c.parentItem()).orElseThrow(() -> DomainException.refused("cascade.unknown-parent-item",
                    person + " is to carry item " + c.parentItem() + ", which agreement " + parent.id() + " does not have"));
            Item item = Item.of(new ItemId(source.indicator().code()), source.section(), source.indicator(), weights.get(n++),
                    source.responsibleUnit()).withParent(new ItemRef(parent.id(), source.id()));
            codes.add(item.indicator().code());
            items.add(item);
        }
        for (OwnIndicator o : own) {
            Indicator indicator = indicators.apply(o);
            if (!codes.add(indicator.ref().code())) {
                throw DomainException.refused("cascade.duplicate-indicator", person + ": own indicator " + indicator.ref().code()
                        + " is also carried from the parent agreement");
            }
            items.add(Item.of(new ItemId(indicator.ref().code()), o.section(), indicator.ref(), weights.get(n++),
                    indicator.responsibleUnit()));
        }
        return ImmutableList.copyOf(items);
    }
}
