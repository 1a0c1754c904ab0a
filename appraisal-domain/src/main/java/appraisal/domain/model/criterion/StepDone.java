package appraisal.domain.model.criterion;

import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableSet;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A step done, optionally no later than a date, e.g. "evidence sent to the province by 2 Sep 2565". */
public record StepDone(String fact, Optional<LocalDate> by) implements Criterion {

    public StepDone {
        fact = Require.text(fact, "fact");
        Objects.requireNonNull(by, "by");
    }

    public static StepDone of(String fact) {
        return new StepDone(fact, Optional.empty());
    }

    public static StepDone by(String fact, LocalDate date) {
        return new StepDone(fact, Optional.of(date));
    }

    @Override
    public Verdict evaluate(Facts facts) {
        var value = facts.get(fact);
        if (value.isEmpty()) {
            return Verdict.missing(fact);
        }
        if (!(value.get() instanceof FactValue.Completion c)) {
            return Verdict.unknown(ImmutableSet.of(fact),
                    "fact '" + fact + "' is a " + value.get().typeName() + ", expected a step");
        }
        if (!c.done()) {
            return Verdict.notMet(fact + " not done");
        }
        if (by.isEmpty()) {
            return Verdict.met(fact + " done");
        }
        if (c.on().isEmpty()) {
            return Verdict.unknown(ImmutableSet.of(fact), fact + " done but its date was not reported (due " + by.get() + ")");
        }
        return c.on().get().isAfter(by.get())
                ? Verdict.notMet(fact + " done on " + c.on().get() + ", after " + by.get())
                : Verdict.met(fact + " done on " + c.on().get() + ", by " + by.get());
    }

    @Override
    public String kind() {
        return "step";
    }

    @Override
    public ImmutableSet<String> factNames() {
        return ImmutableSet.of(fact);
    }
}
