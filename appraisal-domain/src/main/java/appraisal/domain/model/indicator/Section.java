package appraisal.domain.model.indicator;

/** The two parts of an agreement's table of indicators. */
public enum Section {
    /** ตัวชี้วัดงานรายทีม: indicators of the office as a team. */
    TEAM,
    /** ตัวชี้วัดงานรายบุคคล: indicators of one person. */
    INDIVIDUAL
}
