package appraisal.domain.model.criterion;

/** Which way a measured value is better; decides monotonicity and interpolation. */
public enum Direction {
    /** More is better: targets rise from level 1 to level 5. */
    HIGHER_IS_BETTER,
    /** Less is better: targets fall from level 1 to level 5. */
    LOWER_IS_BETTER
}
