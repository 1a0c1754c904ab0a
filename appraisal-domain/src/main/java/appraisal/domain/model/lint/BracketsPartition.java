package appraisal.domain.model.lint;

import appraisal.domain.model.criterion.Bracket;
import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The ranges of one bracket split its fact cleanly:
 * <ul>
 *   <li>{@code bracket.overlap} (error): two ranges share values. The first range wins, so the
 *       later one silently never applies there, and the text people read says otherwise.</li>
 *   <li>{@code bracket.gap} (warning): values between the lowest and the highest range fall in no
 *       range, so an office there can never be scored.</li>
 * </ul>
 */
final class BracketsPartition {

    static final String OVERLAP = "bracket.overlap";
    static final String GAP = "bracket.gap";

    private BracketsPartition() {
    }

    static List<Finding> check(RubricLayout layout) {
        List<Finding> out = new ArrayList<>();
        for (RubricLayout.EntryAt entry : layout.entries()) {
            for (Located node : entry.nodes()) {
                node.bracket().ifPresent(b -> {
                    overlaps(entry, node, b, out);
                    gaps(entry, node, b, out);
                });
            }
        }
        return out;
    }

    private static void overlaps(RubricLayout.EntryAt entry, Located node, Bracket b, List<Finding> out) {
        for (int j = 1; j < b.branches().size(); j++) {
            Range<BigDecimal> later = b.branches().get(j).range();
            for (int i = 0; i < j; i++) {
                Range<BigDecimal> earlier = b.branches().get(i).range();
                if (earlier.isConnected(later) && !earlier.intersection(later).isEmpty()) {
                    out.add(new Finding(Severity.ERROR, OVERLAP, node.pointer() + "/brackets/" + j,
                            entry.code() + " level " + node.level() + ": " + b.fact() + " range " + (j + 1) + " ("
                                    + describe(later) + ") overlaps range " + (i + 1) + " (" + describe(earlier) + ") on "
                                    + describe(earlier.intersection(later)) + "; the first range decides there"));
                    break;
                }
            }
        }
    }

    private static void gaps(RubricLayout.EntryAt entry, Located node, Bracket b, List<Finding> out) {
        RangeSet<BigDecimal> covered = TreeRangeSet.create();
        b.branches().forEach(branch -> covered.add(branch.range()));
        if (covered.isEmpty()) {
            return;
        }
        for (Range<BigDecimal> gap : covered.complement().subRangeSet(covered.span()).asRanges()) {
            if (!gap.isEmpty()) {
                out.add(new Finding(Severity.WARNING, GAP, node.pointer(),
                        entry.code() + " level " + node.level() + ": no range of " + b.fact() + " covers "
                                + describe(gap) + "; an office there cannot be scored"));
            }
        }
    }

    /** A range as the source document writes it: "≤ 2", "> 2 and ≤ 4", "> 4". */
    static String describe(Range<BigDecimal> r) {
        String lower = r.hasLowerBound()
                ? (r.lowerBoundType() == BoundType.CLOSED ? "≥ " : "> ") + Located.plain(r.lowerEndpoint()) : "";
        String upper = r.hasUpperBound()
                ? (r.upperBoundType() == BoundType.CLOSED ? "≤ " : "< ") + Located.plain(r.upperEndpoint()) : "";
        if (lower.isEmpty() && upper.isEmpty()) {
            return "any value";
        }
        if (lower.isEmpty() || upper.isEmpty()) {
            return lower + upper;
        }
        return lower + " and " + upper;
    }
}
