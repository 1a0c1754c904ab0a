package appraisal.domain.model.agreement;

/** How a parent item's value is computed from the items cascaded from it. */
public enum RollUpMethod {
    /** The mean of the children's levels (the level that counts, override included). */
    MEAN_LEVEL,
    /** The lowest of the children's levels. */
    MIN_LEVEL,
    /** The sum of one measured fact the children report (e.g. households reached). */
    SUM,
    /** Done when every child reports one step fact done. */
    ALL_DONE
}
