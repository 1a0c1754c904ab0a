package appraisal.domain.port.in.rubric;

import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Rubric;
import appraisal.domain.model.lint.Finding;
import com.google.common.collect.ImmutableList;

/**
 * What an import stored: the rubric with each indicator under the version it was stored as,
 * which versions are new, and the lint's warnings (an import with errors is refused).
 */
public record RubricImport(Rubric rubric, ImmutableList<IndicatorRef> stored, ImmutableList<IndicatorRef> newVersions,
                           ImmutableList<Finding> findings) {
}
