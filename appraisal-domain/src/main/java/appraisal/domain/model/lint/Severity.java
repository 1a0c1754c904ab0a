package appraisal.domain.model.lint;

/** How bad a finding is: errors block import, warnings ask for a human look. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
