package appraisal.domain.model.cascade;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a re-run cascade does to the agreement an earlier run derived: nothing when the plan gives
 * the same items; the edits that bring a still-unsigned draft in line when it does not; a refusal
 * ({@code cascade.amendment-needed}) once anybody has signed, because nothing signed is edited in
 * place — the parties amend first (a new revision, in DRAFT), then the cascade updates that.
 *
 * <p>Only what a cascade decides is compared: indicator version, section, weight, responsible unit
 * and parent link. Target adjustments and roll-ups the parties set on the draft are theirs and kept
 * when only a weight changes.
 */
public final class DraftReconciliation {

    private DraftReconciliation() {
    }

    /** Brings {@code existing} in line with {@code wanted}; returns UNCHANGED or UPDATED. */
    public static CascadeOutcome apply(Agreement existing, List<Item> wanted, PersonId actor, Instant at) {
        Map<ItemId, Item> have = new LinkedHashMap<>();
        existing.items().forEach(i -> have.put(i.id(), i));
        Map<ItemId, Item> want = new LinkedHashMap<>();
        wanted.forEach(i -> want.put(i.id(), i));
        List<String> changes = changes(have, want);
        if (changes.isEmpty()) {
            return CascadeOutcome.UNCHANGED;
        }
        if (existing.status() != AgreementStatus.DRAFT || !existing.signatures().isEmpty()) {
            throw DomainException.refused("cascade.amendment-needed", "agreement " + existing.id() + " of "
                    + existing.appraisee() + " is " + (existing.status() == AgreementStatus.DRAFT ? "signed by "
                    + existing.signatures().stream().map(s -> s.signer().value()).collect(Collectors.joining(", "))
                    : existing.status().name()) + " and the plan would change it (" + String.join("; ", changes)
                    + "); amend the agreement first, then run the cascade again");
        }
        for (Item old : have.values()) {
            Item next = want.get(old.id());
            if (next == null || !sameExceptWeight(old, next)) {
                existing.removeItem(old.id(), actor, at);
            }
        }
        for (Item next : want.values()) {
            Item old = have.get(next.id());
            if (old != null && sameExceptWeight(old, next)) {
                if (old.weight().compareTo(next.weight()) != 0) {
                    existing.changeWeight(next.id(), next.weight(), actor, at);
                }
            } else {
                existing.addItem(next, actor, at);
            }
        }
        return CascadeOutcome.UPDATED;
    }

    private static List<String> changes(Map<ItemId, Item> have, Map<ItemId, Item> want) {
        List<String> out = new ArrayList<>();
        for (Item old : have.values()) {
            if (!want.containsKey(old.id())) {
                out.add("remove " + old.id());
            }
        }
        for (Item next : want.values()) {
            Item old = have.get(next.id());
            if (old == null) {
                out.add("add " + next.id());
            } else if (!sameExceptWeight(old, next)) {
                out.add("replace " + next.id());
            } else if (old.weight().compareTo(next.weight()) != 0) {
                out.add(next.id() + " weight " + old.weight().toPlainString() + " → " + next.weight().toPlainString());
            }
        }
        return out;
    }

    private static boolean sameExceptWeight(Item a, Item b) {
        return key(a).equals(key(b));
    }

    private static Key key(Item i) {
        return new Key(i.indicator(), i.section(), i.responsibleUnit(), i.parent());
    }

    private record Key(IndicatorRef indicator, Section section, String responsibleUnit, Optional<ItemRef> parent) {
    }
}
