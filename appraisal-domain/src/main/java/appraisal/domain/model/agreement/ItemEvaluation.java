package appraisal.domain.model.agreement;

import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.shared.Require;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluator's view of one item: yes/no answers to the item's judgement criteria, an optional
 * level override (with its reason) and a comment (may be empty).
 */
public record ItemEvaluation(Facts judgements, Optional<LevelOverride> override, String comment) {

    public ItemEvaluation {
        Require.present(judgements, "judgements");
        Require.present(override, "override");
        comment = comment == null ? "" : comment.strip();
        // Judgement criteria read flags only; anything else here would be a measured fact in disguise.
        for (Map.Entry<String, FactValue> e : judgements.values().entrySet()) {
            if (!(e.getValue() instanceof FactValue.Flag)) {
                throw DomainException.invalid("agreement.judgement-not-yes-no",
                        "judgement '" + e.getKey() + "' is a " + e.getValue().typeName() + "; the evaluator answers yes or no",
                        "judgements/" + e.getKey());
            }
        }
    }

    /** Only yes/no judgements, no override, no comment. */
    public static ItemEvaluation judged(Facts judgements) {
        return new ItemEvaluation(judgements, Optional.empty(), "");
    }

    /** The level set by hand, with its reason. */
    public static ItemEvaluation overridden(int level, String reason) {
        return new ItemEvaluation(Facts.NONE, Optional.of(new LevelOverride(level, reason)), "");
    }
}
