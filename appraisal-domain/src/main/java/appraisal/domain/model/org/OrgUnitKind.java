package appraisal.domain.model.org;

/** The kinds of unit in a department's tree. */
public enum OrgUnitKind {
    /** The department (กรม), root of the tree. */
    DEPARTMENT,
    /** A province office (สำนักงานพัฒนาชุมชนจังหวัด). */
    PROVINCE,
    /** A district office (สำนักงานพัฒนาชุมชนอำเภอ). */
    DISTRICT,
    /** A work group inside an office (กลุ่มงาน). */
    WORK_GROUP
}
