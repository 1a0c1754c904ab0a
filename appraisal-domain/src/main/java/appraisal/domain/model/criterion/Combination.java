package appraisal.domain.model.criterion;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

/**
 * A criterion met when enough of its items are: all of them ({@link AllOf}), one ({@link AnyOf}) or
 * {@code k} ({@link AtLeast}). The kinds differ only in how many they need, so the counting, the
 * facts read and the directions are decided here once ({@link Tally}).
 */
public sealed interface Combination extends Criterion permits AllOf, AnyOf, AtLeast {

    /** The criteria combined, in the rubric's order. */
    ImmutableList<Criterion> items();

    /** How many of the items must be met. */
    int needed();

    /** How a verdict names this combination, e.g. {@code at-least 2}. */
    default String label() {
        return kind();
    }

    @Override
    default Verdict evaluate(Facts facts) {
        return Tally.atLeast(needed(), items(), facts, label());
    }

    @Override
    default ImmutableSet<String> factNames() {
        return Tally.factNames(items());
    }

    @Override
    default ImmutableSet<String> judgementFacts() {
        return Criterion.judgementFactsOf(items());
    }

    @Override
    default ImmutableMap<String, Direction> directions() {
        return Tally.directions(items());
    }
}
