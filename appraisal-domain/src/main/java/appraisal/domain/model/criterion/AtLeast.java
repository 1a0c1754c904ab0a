package appraisal.domain.model.criterion;

import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;

/** At least {@code k} of the items must be met. */
public record AtLeast(int k, ImmutableList<Criterion> items) implements Criterion {

    public AtLeast {
        Require.nonEmpty(items, "items");
        Require.that(k >= 1 && k <= items.size(), "criterion.at-least-out-of-range",
                "at-least needs 1 <= k <= " + items.size() + ", got " + k, "k");
    }

    public static AtLeast of(int k, List<? extends Criterion> items) {
        return new AtLeast(k, ImmutableList.copyOf(items));
    }

    @Override
    public Verdict evaluate(Facts facts) {
        return Tally.atLeast(k, items, facts, "at-least " + k);
    }

    @Override
    public String kind() {
        return "at-least";
    }

    @Override
    public ImmutableSet<String> factNames() {
        return Tally.factNames(items);
    }

    @Override
    public ImmutableSet<String> judgementFacts() {
        return Criterion.judgementFactsOf(items);
    }

    @Override
    public ImmutableMap<String, Direction> directions() {
        return Tally.directions(items);
    }
}
