package appraisal.domain.model.interchange;

import appraisal.domain.model.indicator.Rubric;
import appraisal.domain.model.lint.Finding;
import com.google.common.collect.ImmutableList;

/**
 * What reading a rubric tree gave: the rubric (without the indicators that could not be built)
 * and the findings about the ones skipped, e.g. an indicator with four levels.
 */
public record RubricReading(Rubric rubric, ImmutableList<Finding> findings) {
}
