package appraisal.domain.model.agreement;

import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Level;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * One row of an agreement: an indicator version in a section, its weight in percent, the unit
 * responsible, the parent item it contributes to (when cascaded), local target adjustments —
 * replacement criteria for some levels that hold for this agreement only, never for the indicator —
 * and, on an item others are cascaded from, the {@link RollUp} that computes its value from theirs.
 *
 * <p>Invariants: weight is > 0, at most 100 and has at most two decimal places (it is stored
 * with scale 2, so 20, 20.0 and 20.00 are the same item); adjusted levels are 1..5; adjustments
 * carry a reason, and no adjustments means no reason.
 */
public record Item(
        ItemId id,
        Section section,
        IndicatorRef indicator,
        BigDecimal weight,
        String responsibleUnit,
        Optional<ItemRef> parent,
        ImmutableMap<Integer, Criterion> targetAdjustments,
        String adjustmentReason,
        Optional<RollUp> rollUp) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Item {
        Require.present(id, "id");
        Require.present(section, "section");
        Require.present(indicator, "indicator");
        weight = checkedWeight(id, weight);
        responsibleUnit = responsibleUnit == null ? "" : responsibleUnit.strip();
        Require.present(parent, "parent");
        Require.present(targetAdjustments, "targetAdjustments");
        for (Map.Entry<Integer, Criterion> e : targetAdjustments.entrySet()) {
            int level = Require.present(e.getKey(), "targetAdjustments");
            if (level < 1 || level > Level.COUNT) {
                throw DomainException.invalid("agreement.adjustment-level-out-of-range",
                        "item " + id + ": an adjusted level must be 1..5, got " + level, "targetAdjustments/" + level);
            }
            Require.present(e.getValue(), "targetAdjustments/" + level);
        }
        // Sorted so equal adjustments compare equal whatever order they were given in.
        targetAdjustments = ImmutableSortedMap.copyOf(targetAdjustments);
        if (targetAdjustments.isEmpty()) {
            adjustmentReason = "";
        } else if (adjustmentReason == null || adjustmentReason.isBlank()) {
            throw DomainException.invalid("agreement.adjustment-needs-reason",
                    "item " + id + ": adjusting targets for this agreement needs a reason", "adjustmentReason");
        } else {
            adjustmentReason = adjustmentReason.strip();
        }
        Require.present(rollUp, "rollUp");
    }

    /** An item without a roll-up: the form every item had before roll-ups existed. */
    public Item(ItemId id, Section section, IndicatorRef indicator, BigDecimal weight, String responsibleUnit,
                Optional<ItemRef> parent, ImmutableMap<Integer, Criterion> targetAdjustments, String adjustmentReason) {
        this(id, section, indicator, weight, responsibleUnit, parent, targetAdjustments, adjustmentReason, Optional.empty());
    }

    /** An item with no parent and no adjustments. */
    public static Item of(ItemId id, Section section, IndicatorRef indicator, BigDecimal weight, String responsibleUnit) {
        return new Item(id, section, indicator, weight, responsibleUnit, Optional.empty(), ImmutableMap.of(), "");
    }

    /** This item on another version of its indicator (an agreement copied to a later round). */
    public Item withIndicator(IndicatorRef newIndicator) {
        return new Item(id, section, newIndicator, weight, responsibleUnit, parent, targetAdjustments, adjustmentReason, rollUp);
    }

    public Item withWeight(BigDecimal newWeight) {
        return new Item(id, section, indicator, newWeight, responsibleUnit, parent, targetAdjustments, adjustmentReason, rollUp);
    }

    public Item withParent(ItemRef newParent) {
        return withParent(Optional.of(newParent));
    }

    /** This item linked to another parent item, or (empty) to none. */
    public Item withParent(Optional<ItemRef> newParent) {
        return new Item(id, section, indicator, weight, responsibleUnit, newParent, targetAdjustments, adjustmentReason, rollUp);
    }

    /** This item with other adjustments; an empty map removes them all. */
    public Item withTargetAdjustments(Map<Integer, ? extends Criterion> adjustments, String reason) {
        return new Item(id, section, indicator, weight, responsibleUnit, parent, ImmutableMap.copyOf(adjustments), reason, rollUp);
    }

    /** This item with another roll-up rule; empty removes it. */
    public Item withRollUp(Optional<RollUp> newRollUp) {
        return new Item(id, section, indicator, weight, responsibleUnit, parent, targetAdjustments, adjustmentReason, newRollUp);
    }

    /**
     * The criterion that decides {@code level} for this item: the local adjustment if there is
     * one, else the indicator's own. The indicator must be the version this item names.
     */
    public Criterion criterion(Indicator source, int level) {
        if (!source.ref().equals(indicator)) {
            throw DomainException.invalid("agreement.indicator-mismatch",
                    "item " + id + " uses " + indicator + ", not " + source.ref(), "indicator");
        }
        Criterion adjusted = targetAdjustments.get(level);
        return adjusted != null ? adjusted : source.level(level).criterion();
    }

    private static BigDecimal checkedWeight(ItemId id, BigDecimal weight) {
        Require.present(weight, "weight");
        if (weight.signum() <= 0) {
            throw DomainException.invalid("agreement.weight-not-positive",
                    "item " + id + ": weight must be more than 0, got " + weight.toPlainString(), "weight");
        }
        if (weight.compareTo(HUNDRED) > 0) {
            throw DomainException.invalid("agreement.weight-over-100",
                    "item " + id + ": weight must be at most 100, got " + weight.toPlainString(), "weight");
        }
        if (weight.stripTrailingZeros().scale() > 2) {
            throw DomainException.invalid("agreement.weight-too-precise",
                    "item " + id + ": weight has at most 2 decimal places, got " + weight.toPlainString(), "weight");
        }
        return weight.setScale(2);
    }
}
