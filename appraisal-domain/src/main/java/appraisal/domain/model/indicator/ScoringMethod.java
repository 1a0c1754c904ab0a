package appraisal.domain.model.indicator;

/** How an indicator's result turns into a score between the scheme's floor and 5. */
public enum ScoringMethod {
    /** The highest level whose criterion is met. */
    HIGHEST_MET,
    /** The highest level such that it and every lower level are met. */
    CUMULATIVE,
    /** A numeric indicator scored between level targets: k + (x − Tk)/(Tk+1 − Tk). */
    INTERPOLATED
}
