package appraisal.domain.model.criterion;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;

/**
 * The machine-checkable rule of one level of an indicator. A small closed family of built-in
 * kinds, plus {@link Extension} for kinds a department plugs in later through
 * {@link CriterionKind} and {@link java.util.ServiceLoader}.
 *
 * <p>Every kind is a value: immutable, comparable by equality, and total — evaluating a
 * well-formed criterion against any facts returns a {@link Verdict}, never an exception.
 */
public sealed interface Criterion
        permits Threshold, StepDone, Combination, Cases, Bracket, Judgement, Extension {

    /** Checks this criterion against reported facts. */
    Verdict evaluate(Facts facts);

    /** The kind's name in the interchange format, e.g. {@code threshold}. */
    String kind();

    /** Every fact this criterion reads, so a rubric can be checked for undeclared facts. */
    ImmutableSet<String> factNames();

    /**
     * The facts only the evaluator answers ({@link Judgement}s, at any depth): an appraisee's result
     * may not carry them. A kind that holds other criteria answers for them too.
     */
    default ImmutableSet<String> judgementFacts() {
        return ImmutableSet.of();
    }

    /** The judgement facts of several criteria together. */
    static ImmutableSet<String> judgementFactsOf(java.util.Collection<? extends Criterion> criteria) {
        ImmutableSet.Builder<String> all = ImmutableSet.builder();
        criteria.forEach(c -> all.addAll(c.judgementFacts()));
        return all.build();
    }

    /**
     * For each fact on which this criterion is monotone, the direction in which a larger value
     * makes it easier to meet. Empty when the kind declares no direction.
     */
    default ImmutableMap<String, Direction> directions() {
        return ImmutableMap.of();
    }
}
