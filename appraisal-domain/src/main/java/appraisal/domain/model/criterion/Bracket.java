package appraisal.domain.model.criterion;

import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;

/**
 * A criterion chosen by the range a numeric fact falls in: e.g. offices of up to 2 staff report 1
 * news a month, up to 4 staff 2, more than 4 staff 3. Ranges are kept as written (overlaps and gaps
 * are the rubric lint's business); the first range containing the value decides.
 */
public record Bracket(String fact, ImmutableList<Branch> branches) implements Criterion {

    /** One range of the fact and the criterion that applies in it. */
    public record Branch(Range<BigDecimal> range, Criterion then) {
        public Branch {
            Objects.requireNonNull(range, "range");
            Objects.requireNonNull(then, "then");
        }
    }

    public Bracket {
        fact = Require.text(fact, "fact");
        Require.nonEmpty(branches, "branches");
    }

    @Override
    public Verdict evaluate(Facts facts) {
        var value = facts.get(fact);
        if (value.isEmpty()) {
            return Verdict.missing(fact);
        }
        if (!(value.get() instanceof FactValue.Quantity q)) {
            return Verdict.unknown(ImmutableSet.of(fact),
                    "fact '" + fact + "' is a " + value.get().typeName() + ", expected a number");
        }
        for (Branch b : branches) {
            if (b.range().contains(q.value())) {
                return b.then().evaluate(facts);
            }
        }
        return Verdict.unknown(ImmutableSet.of(), "no bracket of '" + fact + "' covers " + q.value().toPlainString());
    }

    @Override
    public String kind() {
        return "bracket";
    }

    public ImmutableList<Criterion> thens() {
        List<Criterion> all = new ArrayList<>();
        branches.forEach(b -> all.add(b.then()));
        return ImmutableList.copyOf(all);
    }

    @Override
    public ImmutableSet<String> factNames() {
        return ImmutableSet.<String>builder().add(fact).addAll(Tally.factNames(thens())).build();
    }

    @Override
    public ImmutableMap<String, Direction> directions() {
        var map = new HashMap<>(Tally.directions(thens()));
        map.remove(fact);
        return ImmutableMap.copyOf(map);
    }
}
