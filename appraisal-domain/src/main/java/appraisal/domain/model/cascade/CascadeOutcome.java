package appraisal.domain.model.cascade;

/** What a cascade did for one office head or one person. */
public enum CascadeOutcome {
    /** A new draft agreement was made. */
    DRAFTED,
    /** An existing draft, made by an earlier run, was brought in line with the plan. */
    UPDATED,
    /** An existing agreement already matched the plan and was left as it was. */
    UNCHANGED,
    /** An agreement already existed that this cascade does not own; it was left alone. */
    SKIPPED
}
