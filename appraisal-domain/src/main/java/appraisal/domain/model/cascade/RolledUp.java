package appraisal.domain.model.cascade;

import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.RollUp;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.scoring.ScoringScheme;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A parent item's value computed from its children by the item's {@link RollUp}, with each
 * child's result beside it.
 *
 * <p><b>Who counts.</b> A child counts when it has what the rule reads; the others are listed in
 * {@link #missing()} and left out of the arithmetic, so a value with children missing is
 * provisional ({@link #complete()} is false):
 * <ul>
 *   <li>MEAN_LEVEL, MIN_LEVEL: children whose item score is decided (overridden, or computed
 *       with every deciding fact). The mean is rounded once at the round's result scale with its
 *       rounding mode (2 places, half-up by default); the minimum is a whole level.</li>
 *   <li>SUM: children reporting the fact as a number; the sum is exact.</li>
 *   <li>ALL_DONE: children reporting the fact as a step. Done only when <em>every</em> child
 *       reported it done — a missing child has not (as far as anyone knows) — and then done on
 *       the latest child's date when every child gave one.</li>
 * </ul>
 * Without a rule, or without children, there is no value.
 */
public record RolledUp(ItemId item, Optional<RollUp> rule, ImmutableList<ChildItemResult> children,
                       Optional<FactValue> value, ImmutableList<PersonId> missing) {

    /** Whether every child counted, so the value is final for the children there are. */
    public boolean complete() {
        return missing.isEmpty();
    }

    public static RolledUp of(ItemId item, Optional<RollUp> rule, List<ChildItemResult> children, ScoringScheme scheme) {
        ImmutableList<ChildItemResult> all = ImmutableList.copyOf(children);
        if (rule.isEmpty() || all.isEmpty()) {
            return new RolledUp(item, rule, all, Optional.empty(), ImmutableList.of());
        }
        List<ChildItemResult> counted = new ArrayList<>();
        List<PersonId> missing = new ArrayList<>();
        for (ChildItemResult c : all) {
            if (counts(rule.get(), c)) {
                counted.add(c);
            } else {
                missing.add(c.appraisee());
            }
        }
        return new RolledUp(item, rule, all, value(rule.get(), counted, !missing.isEmpty(), scheme), ImmutableList.copyOf(missing));
    }

    private static boolean counts(RollUp rule, ChildItemResult c) {
        switch (rule.method()) {
            case MEAN_LEVEL:
            case MIN_LEVEL:
                return c.decided();
            case SUM:
                return c.fact().filter(f -> f instanceof FactValue.Quantity).isPresent();
            default:
                return c.fact().filter(f -> f instanceof FactValue.Completion).isPresent();
        }
    }

    private static Optional<FactValue> value(RollUp rule, List<ChildItemResult> counted, boolean anyMissing, ScoringScheme scheme) {
        switch (rule.method()) {
            case MEAN_LEVEL: {
                if (counted.isEmpty()) {
                    return Optional.empty();
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (ChildItemResult c : counted) {
                    sum = sum.add(BigDecimal.valueOf(c.level()));
                }
                return Optional.of(FactValue.of(sum.divide(BigDecimal.valueOf(counted.size()), scheme.resultScale(), scheme.rounding())));
            }
            case MIN_LEVEL: {
                if (counted.isEmpty()) {
                    return Optional.empty();
                }
                int min = Integer.MAX_VALUE;
                for (ChildItemResult c : counted) {
                    min = Math.min(min, c.level());
                }
                return Optional.of(FactValue.of(BigDecimal.valueOf(min)));
            }
            case SUM: {
                if (counted.isEmpty()) {
                    return Optional.empty();
                }
                BigDecimal sum = BigDecimal.ZERO;
                for (ChildItemResult c : counted) {
                    sum = sum.add(((FactValue.Quantity) c.fact().orElseThrow()).value());
                }
                return Optional.of(FactValue.of(sum));
            }
            default: {
                if (anyMissing) {
                    return Optional.of(FactValue.Completion.notDone());
                }
                Optional<LocalDate> latest = Optional.empty();
                boolean allDated = true;
                for (ChildItemResult c : counted) {
                    FactValue.Completion step = (FactValue.Completion) c.fact().orElseThrow();
                    if (!step.done()) {
                        return Optional.of(FactValue.Completion.notDone());
                    }
                    if (step.on().isEmpty()) {
                        allDated = false;
                    } else if (latest.isEmpty() || step.on().get().isAfter(latest.get())) {
                        latest = step.on();
                    }
                }
                return Optional.of(allDated ? FactValue.Completion.doneOn(latest.orElseThrow()) : FactValue.Completion.doneUndated());
            }
        }
    }
}
