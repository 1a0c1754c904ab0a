package appraisal.domain.model.criterion;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Three-valued "at least k of n" shared by all-of (k = n), any-of (k = 1) and at-least-k: met when
 * k items are met, not met when even the unknown ones could not reach k, otherwise unknown with
 * the facts that would decide it.
 */
final class Tally {

    private Tally() {
    }

    static Verdict atLeast(int k, ImmutableList<Criterion> items, Facts facts, String label) {
        int met = 0;
        int unknown = 0;
        TreeSet<String> missing = new TreeSet<>();
        StringBuilder notMet = new StringBuilder();
        for (Criterion item : items) {
            Verdict v = item.evaluate(facts);
            switch (v.outcome()) {
                case MET -> met++;
                case UNKNOWN -> {
                    unknown++;
                    missing.addAll(v.missingFacts());
                }
                case NOT_MET -> {
                    if (notMet.length() > 0) {
                        notMet.append("; ");
                    }
                    notMet.append(v.explanation());
                }
            }
        }
        String counts = label + ": " + met + " of " + items.size() + " met, " + k + " needed";
        if (met >= k) {
            return Verdict.met(counts);
        }
        if (met + unknown < k) {
            return Verdict.notMet(counts + (notMet.length() > 0 ? " (" + notMet + ")" : ""));
        }
        return Verdict.unknown(missing, counts + ", " + unknown + " undecided");
    }

    static ImmutableSet<String> factNames(ImmutableList<Criterion> items) {
        ImmutableSet.Builder<String> out = ImmutableSet.builder();
        items.forEach(i -> out.addAll(i.factNames()));
        return out.build();
    }

    /** Directions that every item agrees on; a fact read in opposite directions has none. */
    static ImmutableMap<String, Direction> directions(ImmutableList<Criterion> items) {
        Map<String, Direction> agreed = new LinkedHashMap<>();
        Map<String, Boolean> conflicting = new LinkedHashMap<>();
        for (Criterion item : items) {
            for (String fact : item.factNames()) {
                Direction d = item.directions().get(fact);
                if (d == null) {
                    conflicting.put(fact, true);
                } else if (agreed.containsKey(fact) && agreed.get(fact) != d) {
                    conflicting.put(fact, true);
                } else {
                    agreed.put(fact, d);
                }
            }
        }
        conflicting.keySet().forEach(agreed::remove);
        return ImmutableMap.copyOf(agreed);
    }
}
