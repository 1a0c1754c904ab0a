package appraisal.domain.model.compliance;

/** Where one person stands against one deadline on a given day. */
public enum Standing {
    /** Done on or before the due date. */
    ON_TIME,
    /** Done, but after the due date: late, even though it is done now. */
    DONE_LATE,
    /** Not done and the due date has passed. */
    LATE,
    /** Not done and the due date is today or later. */
    PENDING;

    /** Whether this counts against the person: done late, or not done past the due date. */
    public boolean late() {
        return this == DONE_LATE || this == LATE;
    }
}
