package appraisal.domain.model.agreement;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Optional;

/**
 * The evaluator's evaluation of an agreement: per item (only items that need the evaluator's
 * judgement, an override or a comment appear), the competency assessment, who and when.
 */
public record Evaluation(PersonId evaluator, ImmutableMap<ItemId, ItemEvaluation> items,
                         CompetencyAssessment competencies, Instant at) {

    public Evaluation {
        Require.present(evaluator, "evaluator");
        Require.present(items, "items");
        Require.present(competencies, "competencies");
        Require.present(at, "at");
    }

    public Optional<ItemEvaluation> of(ItemId item) {
        return Optional.ofNullable(items.get(item));
    }
}
