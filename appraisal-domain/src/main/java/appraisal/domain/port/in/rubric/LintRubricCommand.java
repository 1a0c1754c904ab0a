package appraisal.domain.port.in.rubric;

import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.shared.Require;

/** A rubric as an interchange tree (read from YAML or JSON by an adapter). */
public record LintRubricCommand(Node rubric) {
    public LintRubricCommand {
        Require.present(rubric, "rubric");
    }
}
