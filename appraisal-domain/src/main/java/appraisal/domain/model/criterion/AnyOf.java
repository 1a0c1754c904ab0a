package appraisal.domain.model.criterion;

import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.List;

/** At least one item must be met. */
public record AnyOf(ImmutableList<Criterion> items) implements Criterion {

    public AnyOf {
        Require.nonEmpty(items, "items");
    }

    public static AnyOf of(Criterion... items) {
        return new AnyOf(ImmutableList.copyOf(items));
    }

    public static AnyOf of(List<? extends Criterion> items) {
        return new AnyOf(ImmutableList.copyOf(items));
    }

    @Override
    public Verdict evaluate(Facts facts) {
        return Tally.atLeast(1, items, facts, "any-of");
    }

    @Override
    public String kind() {
        return "any-of";
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
