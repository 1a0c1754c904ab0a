package appraisal.domain.model.criterion;

import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;

/** A measured value compared with a target, e.g. disbursed {@code >=} 90 %. */
public record Threshold(String fact, Comparator comparator, BigDecimal target) implements Criterion {

    public Threshold {
        fact = Require.text(fact, "fact");
        Require.present(comparator, "comparator");
        Require.present(target, "target");
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
        String text = fact + " = " + q.value().toPlainString() + " " + comparator.symbol() + " " + target.toPlainString();
        return comparator.holds(q.value(), target) ? Verdict.met(text) : Verdict.notMet("not " + text);
    }

    @Override
    public String kind() {
        return "threshold";
    }

    @Override
    public ImmutableSet<String> factNames() {
        return ImmutableSet.of(fact);
    }

    @Override
    public ImmutableMap<String, Direction> directions() {
        return ImmutableMap.of(fact, comparator.direction());
    }
}
