package appraisal.domain.model.criterion;

import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A criterion that depends on the situation, named by a fact: e.g. "defaulted loans exist → recover
 * >= 15 %; otherwise → >= 20 %". The first case whose value equals the fact decides; else
 * {@code otherwise}.
 */
public record Cases(String fact, ImmutableList<Case> cases, Optional<Criterion> otherwise) implements Criterion {

    /** One situation: when the fact equals {@code when}, {@code then} applies. */
    public record Case(FactValue when, Criterion then) {
        public Case {
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(then, "then");
        }
    }

    public Cases {
        fact = Require.text(fact, "fact");
        Require.nonEmpty(cases, "cases");
        Objects.requireNonNull(otherwise, "otherwise");
    }

    @Override
    public Verdict evaluate(Facts facts) {
        var value = facts.get(fact);
        if (value.isEmpty()) {
            return Verdict.missing(fact);
        }
        for (Case c : cases) {
            if (c.when().equals(value.get())) {
                return c.then().evaluate(facts);
            }
        }
        if (otherwise.isPresent()) {
            return otherwise.get().evaluate(facts);
        }
        return Verdict.unknown(ImmutableSet.of(), "no case of '" + fact + "' matches " + value.get());
    }

    @Override
    public String kind() {
        return "cases";
    }

    /** The criteria of every branch, in order, {@code otherwise} last. */
    public ImmutableList<Criterion> branches() {
        List<Criterion> all = new ArrayList<>();
        cases.forEach(c -> all.add(c.then()));
        otherwise.ifPresent(all::add);
        return ImmutableList.copyOf(all);
    }

    @Override
    public ImmutableSet<String> factNames() {
        return ImmutableSet.<String>builder().add(fact).addAll(Tally.factNames(branches())).build();
    }

    @Override
    public ImmutableSet<String> judgementFacts() {
        return Criterion.judgementFactsOf(branches());
    }

    @Override
    public ImmutableMap<String, Direction> directions() {
        var map = new HashMap<>(Tally.directions(branches()));
        map.remove(fact);
        return ImmutableMap.copyOf(map);
    }
}
