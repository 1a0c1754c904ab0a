package appraisal.domain.port.in.rubric;

import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.shared.Require;

/** One section of a rubric (an interchange tree read by an adapter) to start a cascade's template from. */
public record RubricTemplateCommand(Node rubric, Section section) {
    public RubricTemplateCommand {
        Require.present(rubric, "rubric");
        Require.present(section, "section");
    }
}
