package appraisal.domain.model.criterion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One reported fact: a measured quantity, a yes/no flag, a step's completion (with the date it
 * was done, when known) or a choice among named cases.
 */
public sealed interface FactValue permits FactValue.Quantity, FactValue.Flag, FactValue.Completion, FactValue.Choice {

    /**
     * A measured value such as a percentage, a count or an amount. Equal by numeric value, not by
     * how many decimals were written: a reported {@code 1.0} matches a case written {@code 1}.
     */
    record Quantity(BigDecimal value) implements FactValue {
        public Quantity {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Quantity q && q.value.compareTo(value) == 0;
        }

        @Override
        public int hashCode() {
            return value.stripTrailingZeros().hashCode();
        }
    }

    /** A yes/no fact, e.g. "defaulted loans exist" or an evaluator's judgement. */
    record Flag(boolean value) implements FactValue {
    }

    /** Whether a step is done, and on which date when the criterion needs it. */
    record Completion(boolean done, Optional<LocalDate> on) implements FactValue {
        public Completion {
            Objects.requireNonNull(on, "on");
            if (!done && on.isPresent()) {
                throw new IllegalArgumentException("a step not done has no completion date");
            }
        }

        public static Completion doneOn(LocalDate date) {
            return new Completion(true, Optional.of(date));
        }

        public static Completion doneUndated() {
            return new Completion(true, Optional.empty());
        }

        public static Completion notDone() {
            return new Completion(false, Optional.empty());
        }
    }

    /** One of several named cases, e.g. an office's situation. */
    record Choice(String value) implements FactValue {
        public Choice {
            Objects.requireNonNull(value, "value");
        }
    }

    static Quantity of(BigDecimal value) {
        return new Quantity(value);
    }

    static Quantity of(String decimal) {
        return new Quantity(new BigDecimal(decimal));
    }

    static Flag flag(boolean value) {
        return new Flag(value);
    }

    /** The type as a user reads it in a message. */
    default String typeName() {
        if (this instanceof Quantity) {
            return "number";
        } else if (this instanceof Flag) {
            return "yes/no";
        } else if (this instanceof Completion) {
            return "step";
        }
        return "choice";
    }
}
