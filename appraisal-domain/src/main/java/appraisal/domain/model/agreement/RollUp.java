package appraisal.domain.model.agreement;

import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.shared.Require;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule a parent item carries for computing its value from the items cascaded from it (the
 * items of child agreements whose parent link names it): e.g. a province's T1 is the mean of its
 * districts' T1 levels. It sits on the parent item because the parent decides how its own value
 * is read; the children only report.
 *
 * <p>Invariants: {@link RollUpMethod#SUM} and {@link RollUpMethod#ALL_DONE} name the fact they
 * read (a measured quantity, a step); the level methods name none.
 */
public record RollUp(RollUpMethod method, Optional<String> fact) {

    public RollUp {
        Require.present(method, "method");
        Objects.requireNonNull(fact, "fact");
        fact = fact.map(String::strip).filter(f -> !f.isEmpty());
        boolean readsAFact = method == RollUpMethod.SUM || method == RollUpMethod.ALL_DONE;
        if (readsAFact && fact.isEmpty()) {
            throw DomainException.invalid("rollup.fact-missing",
                    "rolling up by " + method + " needs the fact to read from the children", "fact");
        }
        if (!readsAFact && fact.isPresent()) {
            throw DomainException.invalid("rollup.fact-not-used",
                    "rolling up by " + method + " reads the children's levels, not fact '" + fact.get() + "'", "fact");
        }
    }

    public static RollUp meanLevel() {
        return new RollUp(RollUpMethod.MEAN_LEVEL, Optional.empty());
    }

    public static RollUp minLevel() {
        return new RollUp(RollUpMethod.MIN_LEVEL, Optional.empty());
    }

    /** The sum of the measured fact {@code fact} over the children. */
    public static RollUp sum(String fact) {
        return new RollUp(RollUpMethod.SUM, Optional.of(Require.text(fact, "fact")));
    }

    /** Done when every child reports the step fact {@code fact} done. */
    public static RollUp allDone(String fact) {
        return new RollUp(RollUpMethod.ALL_DONE, Optional.of(Require.text(fact, "fact")));
    }

    @Override
    public String toString() {
        return method + fact.map(f -> "(" + f + ")").orElse("");
    }
}
