package appraisal.domain.model.indicator;

/** The type of a declared fact, deciding what an appraisee may report for it. */
public enum FactType {
    /** A measured number (percent, count, amount). */
    NUMBER,
    /** Yes or no. */
    FLAG,
    /** A step, done or not, with the date it was done. */
    STEP,
    /** One of several named cases. */
    CHOICE
}
