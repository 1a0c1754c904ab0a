package appraisal.domain.model.criterion;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Collection;
import java.util.Objects;

/**
 * The result of checking a criterion against facts: met, not met, or unknown because facts are
 * missing (named) or unusable (explained). Never an exception for a well-formed criterion.
 */
public record Verdict(Outcome outcome, ImmutableSortedSet<String> missingFacts, String explanation) {

    /** The three outcomes of a check. */
    public enum Outcome { MET, NOT_MET, UNKNOWN }

    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(missingFacts, "missingFacts");
        Objects.requireNonNull(explanation, "explanation");
    }

    public static Verdict met(String explanation) {
        return new Verdict(Outcome.MET, ImmutableSortedSet.of(), explanation);
    }

    public static Verdict notMet(String explanation) {
        return new Verdict(Outcome.NOT_MET, ImmutableSortedSet.of(), explanation);
    }

    public static Verdict unknown(Collection<String> missingFacts, String explanation) {
        return new Verdict(Outcome.UNKNOWN, ImmutableSortedSet.copyOf(missingFacts), explanation);
    }

    public static Verdict missing(String fact) {
        return unknown(java.util.List.of(fact), "fact '" + fact + "' not reported");
    }

    public boolean isMet() {
        return outcome == Outcome.MET;
    }

    public boolean isNotMet() {
        return outcome == Outcome.NOT_MET;
    }

    public boolean isUnknown() {
        return outcome == Outcome.UNKNOWN;
    }
}
