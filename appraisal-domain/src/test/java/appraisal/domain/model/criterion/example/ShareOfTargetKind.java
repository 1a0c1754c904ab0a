package appraisal.domain.model.criterion.example;

import appraisal.domain.model.criterion.CriterionKind;
import appraisal.domain.model.criterion.Extension;
import appraisal.domain.model.criterion.TreeCursor;
import java.util.Set;

/**
 * Registers {@link ShareOfTarget} under the kind name {@code share}; listed in
 * {@code META-INF/services/appraisal.domain.model.criterion.CriterionKind} of the test resources.
 */
public final class ShareOfTargetKind implements CriterionKind {

    static final String NAME = "share";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Extension read(TreeCursor node) {
        TreeCursor at = node.onlyFields(Set.of("kind", "numerator", "denominator", "percent"));
        return new ShareOfTarget(at.field("numerator").text(), at.field("denominator").text(), at.field("percent").number());
    }
}
