package appraisal.domain.model.lint;

import appraisal.domain.model.criterion.Direction;
import appraisal.domain.model.criterion.Threshold;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code threshold.direction-flip}: a fact compared one way at some levels and the other way at
 * others, e.g. "sales grew by at least 6 %" at level 5 but "grew by less than 4 %" at level 1.
 * Only levels that read the fact in a single direction vote (a level may legitimately bound a
 * value from both sides); the minority direction is flagged, and on a tie the direction against
 * the indicator's measure.
 */
final class ComparatorsAgree {

    static final String FLIP = "threshold.direction-flip";

    private ComparatorsAgree() {
    }

    static List<Finding> check(RubricLayout layout) {
        List<Finding> out = new ArrayList<>();
        for (RubricLayout.EntryAt entry : layout.entries()) {
            // fact -> level -> thresholds on it, in level order
            Map<String, TreeMap<Integer, List<Located>>> byFact = new LinkedHashMap<>();
            for (Located node : entry.nodes()) {
                node.threshold().ifPresent(t -> byFact.computeIfAbsent(t.fact(), f -> new TreeMap<>())
                        .computeIfAbsent(node.level(), l -> new ArrayList<>()).add(node));
            }
            byFact.forEach((fact, levels) -> flips(entry, fact, levels, out));
        }
        return out;
    }

    private static void flips(RubricLayout.EntryAt entry, String fact, TreeMap<Integer, List<Located>> levels, List<Finding> out) {
        Map<Integer, Direction> single = new TreeMap<>();
        levels.forEach((level, nodes) -> {
            Set<Direction> directions = EnumSet.noneOf(Direction.class);
            nodes.forEach(n -> directions.add(n.threshold().orElseThrow().comparator().direction()));
            if (directions.size() == 1) {
                single.put(level, directions.iterator().next());
            }
        });
        long higher = single.values().stream().filter(d -> d == Direction.HIGHER_IS_BETTER).count();
        long lower = single.size() - higher;
        if (higher == 0 || lower == 0) {
            return;
        }
        Direction odd = higher > lower ? Direction.LOWER_IS_BETTER
                : lower > higher ? Direction.HIGHER_IS_BETTER
                : opposite(entry.indicator().measure().direction());
        Set<String> usual = new LinkedHashSet<>();
        single.forEach((level, d) -> {
            if (d != odd) {
                levels.get(level).forEach(n -> usual.add("level " + level + " " + symbol(n)));
            }
        });
        single.forEach((level, d) -> {
            if (d == odd) {
                for (Located n : levels.get(level)) {
                    out.add(new Finding(Severity.WARNING, FLIP, n.pointer(),
                            entry.code() + " level " + level + " reads " + fact + " with " + symbol(n)
                                    + " where other levels pull the other way (" + String.join(", ", usual)
                                    + "); a better result would then score lower"));
                }
            }
        });
    }

    private static String symbol(Located n) {
        Threshold t = n.threshold().orElseThrow();
        return t.comparator().symbol() + " " + Located.plain(t.target());
    }

    private static Direction opposite(Direction d) {
        return d == Direction.HIGHER_IS_BETTER ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
    }
}
