package appraisal.domain.model.agreement;

import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.PersonId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Makes a draft hold exactly the items of a file imported over it: afterwards its items equal the
 * wanted ones (indicator version, section, weight, responsible unit, parent link, local targets,
 * roll-up), each through the draft's own edits, so every change is one audit event.
 *
 * <p>An item whose indicator version, section, unit and parent stay the same is kept and only its
 * weight, targets or roll-up change: a result reported for it in an earlier revision stays with it.
 * Any other item is removed (its result with it, in the removal's event) and the wanted one added.
 * Kept items keep their place; added ones come after them, in the file's order.
 */
public final class DraftReplacement {

    private DraftReplacement() {
    }

    /** Brings the draft {@code draft} to {@code wanted}; true when anything changed. */
    public static boolean apply(Agreement draft, List<Item> wanted, PersonId actor, Instant at) {
        Map<ItemId, Item> have = new LinkedHashMap<>();
        draft.items().forEach(i -> have.put(i.id(), i));
        Map<ItemId, Item> want = new LinkedHashMap<>();
        wanted.forEach(i -> want.put(i.id(), i));
        int before = draft.pendingEvents().size();
        for (Item old : have.values()) {
            Item next = want.get(old.id());
            if (next == null || !sameIdentity(old, next)) {
                draft.removeItem(old.id(), actor, at);
            }
        }
        for (Item next : want.values()) {
            Item old = have.get(next.id());
            if (old == null || !sameIdentity(old, next)) {
                draft.addItem(next, actor, at);
                continue;
            }
            if (old.weight().compareTo(next.weight()) != 0) {
                draft.changeWeight(next.id(), next.weight(), actor, at);
            }
            if (!old.targetAdjustments().equals(next.targetAdjustments()) || !old.adjustmentReason().equals(next.adjustmentReason())) {
                draft.adjustTargets(next.id(), next.targetAdjustments(), next.adjustmentReason(), actor, at);
            }
            if (!old.rollUp().equals(next.rollUp())) {
                draft.setRollUp(next.id(), next.rollUp(), actor, at);
            }
        }
        return draft.pendingEvents().size() > before;
    }

    private static boolean sameIdentity(Item a, Item b) {
        return key(a).equals(key(b));
    }

    private static Key key(Item i) {
        return new Key(i.indicator(), i.section(), i.responsibleUnit(), i.parent());
    }

    private record Key(IndicatorRef indicator, Section section, String responsibleUnit, Optional<ItemRef> parent) {
    }
}
