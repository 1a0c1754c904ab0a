package appraisal.domain.port.in.rubric;

import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;

/** A rubric tree to store, by whom. */
public record ImportRubricCommand(Node rubric, PersonId actor) {
    public ImportRubricCommand {
        Require.present(rubric, "rubric");
        Require.present(actor, "actor");
    }
}
