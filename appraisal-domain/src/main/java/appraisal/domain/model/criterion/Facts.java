package appraisal.domain.model.criterion;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts a criterion is checked against, by fact name: what an appraisee reported for one
 * item, merged with facts of their office (such as headcount) and the evaluator's judgements.
 */
public record Facts(ImmutableMap<String, FactValue> values) {

    public static final Facts NONE = new Facts(ImmutableMap.of());

    public Facts {
        Objects.requireNonNull(values, "values");
    }

    public static Facts of(Map<String, ? extends FactValue> values) {
        return new Facts(ImmutableMap.copyOf(values));
    }

    public static Facts of(String name, FactValue value) {
        return new Facts(ImmutableMap.of(name, value));
    }

    public Optional<FactValue> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** These facts with {@code name} set to {@code value}, replacing any earlier value. */
    public Facts with(String name, FactValue value) {
        Map<String, FactValue> copy = new LinkedHashMap<>(values);
        copy.put(name, value);
        return of(copy);
    }

    /** These facts overlaid by {@code other}: where both name a fact, {@code other} wins. */
    public Facts overlaidBy(Facts other) {
        Map<String, FactValue> copy = new LinkedHashMap<>(values);
        copy.putAll(other.values);
        return of(copy);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
