package appraisal.domain.model.criterion;

import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableSet;

/**
 * A question only the evaluator can answer, e.g. "is the plan of adequate quality?". The
 * evaluator's yes/no is recorded as a flag fact; until then the verdict is unknown.
 */
public record Judgement(String fact, String question) implements Criterion {

    public Judgement {
        fact = Require.text(fact, "fact");
        question = Require.text(question, "question");
    }

    @Override
    public Verdict evaluate(Facts facts) {
        var value = facts.get(fact);
        if (value.isEmpty()) {
            return Verdict.unknown(ImmutableSet.of(fact), "awaiting the evaluator's judgement: " + question);
        }
        if (!(value.get() instanceof FactValue.Flag f)) {
            return Verdict.unknown(ImmutableSet.of(fact),
                    "fact '" + fact + "' is a " + value.get().typeName() + ", expected the evaluator's yes/no");
        }
        return f.value() ? Verdict.met("evaluator judged yes: " + question) : Verdict.notMet("evaluator judged no: " + question);
    }

    @Override
    public String kind() {
        return "judgement";
    }

    @Override
    public ImmutableSet<String> factNames() {
        return ImmutableSet.of(fact);
    }

    @Override
    public ImmutableSet<String> judgementFacts() {
        return ImmutableSet.of(fact);
    }
}
