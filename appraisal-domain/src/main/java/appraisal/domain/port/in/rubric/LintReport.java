package appraisal.domain.port.in.rubric;

import appraisal.domain.model.indicator.Rubric;
import appraisal.domain.model.lint.Finding;
import appraisal.domain.model.lint.Severity;
import com.google.common.collect.ImmutableList;

/** The findings of a rubric lint, sorted by location, and the rubric as read. */
public record LintReport(Rubric rubric, ImmutableList<Finding> findings) {

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public boolean hasErrors() {
        return count(Severity.ERROR) > 0;
    }
}
