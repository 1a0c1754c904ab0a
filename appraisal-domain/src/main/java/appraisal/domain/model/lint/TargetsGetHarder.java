package appraisal.domain.model.lint;

import appraisal.domain.model.criterion.Direction;
import appraisal.domain.model.criterion.Threshold;
import appraisal.domain.model.indicator.Level;
import appraisal.domain.model.indicator.ScoringMethod;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A higher level is a harder target (ระดับ ๕ ยากที่สุด). Two rules on the thresholds of one
 * indicator, compared level by level and branch by branch (a threshold under "defaulted loans
 * exist" is compared only with thresholds that can apply in that same situation):
 * <ul>
 *   <li>{@code threshold.not-harder}: a level's target on a fact is not beyond the nearest lower
 *       level's target on that fact, in the direction the comparators pull; equal targets count.</li>
 *   <li>{@code threshold.dropped}: under highest-met scoring, a level no longer checks a fact the
 *       level below checked, so the level can be reached without the lower target.</li>
 * </ul>
 */
final class TargetsGetHarder {

    static final String NOT_HARDER = "threshold.not-harder";
    static final String DROPPED = "threshold.dropped";

    private TargetsGetHarder() {
    }

    static List<Finding> check(RubricLayout layout) {
        List<Finding> out = new ArrayList<>();
        for (RubricLayout.EntryAt entry : layout.entries()) {
            notHarder(entry, out);
            if (entry.indicator().scoring() == ScoringMethod.HIGHEST_MET) {
                dropped(entry, out);
            }
        }
        return out;
    }

    private static void notHarder(RubricLayout.EntryAt entry, List<Finding> out) {
        for (int level = 2; level <= Level.COUNT; level++) {
            for (Located current : thresholds(entry, level)) {
                Optional<Located> easier = notEasierBelow(entry, current);
                easier.ifPresent(below -> out.add(new Finding(Severity.WARNING, NOT_HARDER, current.pointer(),
                        entry.code() + " level " + current.level() + ": " + describe(current) + current.situation()
                                + " is not harder than level " + below.level() + " (" + describe(below) + ")")));
            }
        }
    }

    /**
     * The first threshold of the nearest lower level (that has any comparable one) whose target is
     * as hard as {@code current}'s, or empty when {@code current} is harder than all of them.
     */
    private static Optional<Located> notEasierBelow(RubricLayout.EntryAt entry, Located current) {
        for (int level = current.level() - 1; level >= 1; level--) {
            List<Located> comparable = new ArrayList<>();
            for (Located below : thresholds(entry, level)) {
                if (comparable(current, below)) {
                    comparable.add(below);
                }
            }
            if (!comparable.isEmpty()) {
                return comparable.stream().filter(below -> !harder(threshold(current), threshold(below))).findFirst();
            }
        }
        return Optional.empty();
    }

    private static void dropped(RubricLayout.EntryAt entry, List<Finding> out) {
        for (int level = 2; level <= Level.COUNT; level++) {
            List<Located> here = thresholds(entry, level);
            Set<String> lost = new LinkedHashSet<>();
            for (Located below : thresholds(entry, level - 1)) {
                if (here.stream().noneMatch(h -> comparable(h, below))) {
                    lost.add(describe(below) + below.situation());
                }
            }
            if (!lost.isEmpty()) {
                out.add(new Finding(Severity.WARNING, DROPPED, entry.criterionPointer(level),
                        entry.code() + " level " + level + " no longer checks what level " + (level - 1) + " did: "
                                + String.join("; ", lost) + ". Scored by the highest level met, level " + level
                                + " can be reached without level " + (level - 1) + "'s target"));
            }
        }
    }

    /** Same fact, same pull, and able to apply in the same situation. */
    private static boolean comparable(Located a, Located b) {
        Threshold ta = threshold(a);
        Threshold tb = threshold(b);
        return ta.fact().equals(tb.fact())
                && ta.comparator().direction() == tb.comparator().direction()
                && a.sharesSituationWith(b);
    }

    /** Whether {@code upper} asks for more than {@code lower}; both pull the same way. */
    private static boolean harder(Threshold upper, Threshold lower) {
        int c = upper.target().compareTo(lower.target());
        return upper.comparator().direction() == Direction.HIGHER_IS_BETTER ? c > 0 : c < 0;
    }

    private static List<Located> thresholds(RubricLayout.EntryAt entry, int level) {
        return entry.level(level).filter(n -> n.threshold().isPresent()).toList();
    }

    private static Threshold threshold(Located node) {
        return node.threshold().orElseThrow();
    }

    private static String describe(Located node) {
        Threshold t = threshold(node);
        return t.fact() + " " + t.comparator().symbol() + " " + Located.plain(t.target());
    }
}
