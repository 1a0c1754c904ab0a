package appraisal.domain.model.lint;

import appraisal.domain.model.criterion.Bracket;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code bracket.boundaries-differ}: every level of an indicator splits a fact at the same
 * boundaries. When one level moves a boundary (staff of "not more than 4" at levels 1–4 but "not
 * more than 5" at level 5), an office near the boundary is held to targets of different groups
 * at different levels and may reach a higher level with a smaller result. Each level is compared
 * with the first level that brackets the same fact in the same situation.
 */
final class BracketsKeepBoundaries {

    static final String BOUNDARIES_DIFFER = "bracket.boundaries-differ";

    private BracketsKeepBoundaries() {
    }

    /** A bracketed fact in one situation: what the levels' brackets are compared on. */
    private record Key(ImmutableList<String> branch, String fact) {
    }

    static List<Finding> check(RubricLayout layout) {
        List<Finding> out = new ArrayList<>();
        for (RubricLayout.EntryAt entry : layout.entries()) {
            Map<Key, Located> first = new LinkedHashMap<>();
            for (Located node : entry.nodes()) {
                Optional<Bracket> found = node.bracket();
                if (found.isEmpty()) {
                    continue;
                }
                Bracket b = found.get();
                Key key = new Key(node.branch(), b.fact());
                Located reference = first.get(key);
                if (reference == null) {
                    first.put(key, node);
                } else if (reference.level() != node.level() && !sameRanges(bracket(reference), b)) {
                    out.add(new Finding(Severity.WARNING, BOUNDARIES_DIFFER, node.pointer(),
                            entry.code() + " level " + node.level() + " brackets " + b.fact() + " as " + ranges(b)
                                    + node.situation() + " but level " + reference.level() + " as " + ranges(bracket(reference))));
                }
            }
        }
        return out;
    }

    private static boolean sameRanges(Bracket a, Bracket b) {
        if (a.branches().size() != b.branches().size()) {
            return false;
        }
        for (int i = 0; i < a.branches().size(); i++) {
            // Range equality compares endpoints with compareTo, so 4 and 4.0 are one boundary.
            if (!a.branches().get(i).range().equals(b.branches().get(i).range())) {
                return false;
            }
        }
        return true;
    }

    private static Bracket bracket(Located node) {
        return node.bracket().orElseThrow();
    }

    private static String ranges(Bracket b) {
        List<String> out = new ArrayList<>();
        b.branches().forEach(branch -> out.add(BracketsPartition.describe(branch.range())));
        return String.join(" | ", out);
    }
}
