package appraisal.domain.model.criterion;

import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;

/** Every item must be met, e.g. level 3 of the poverty indicator: four items. */
public record AllOf(ImmutableList<Criterion> items) implements Criterion {

    public AllOf {
        Require.nonEmpty(items, "items");
    }

    public static AllOf of(Criterion... items) {
        return new AllOf(ImmutableList.copyOf(items));
    }

    public static AllOf of(List<? extends Criterion> items) {
        return new AllOf(ImmutableList.copyOf(items));
    }

    @Override
    public Verdict evaluate(Facts facts) {
        return Tally.atLeast(items.size(), items, facts, "all-of");
    }

    @Override
    public String kind() {
        return "all-of";
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
