package appraisal.domain.model.agreement;

/**
 * Every act of a round that changes an agreement or makes new ones. Each has exactly one row in
 * {@link Authority}; a new act does not compile until it has one.
 */
public enum Act {
    /** Draft a new agreement for an appraisee (ร่างข้อตกลง). */
    DRAFT("draft an agreement", "ร่างข้อตกลง"),
    /** Add or remove items, change weights, adjust targets or parent links of a draft. */
    EDIT_DRAFT("edit the draft", "แก้ไขร่างข้อตกลง"),
    /** Set or remove how an item's value is rolled up from the items cascaded from it. */
    SET_ROLL_UP("set a roll-up rule", "กำหนดวิธีรวมผลจากผู้ใต้บังคับบัญชา"),
    /** Replace the office facts (such as the headcount) that bracket criteria read. */
    UPDATE_CONTEXT("change the office facts", "แก้ไขข้อมูลของสำนักงาน"),
    /** Sign the draft as one of its two parties (ลงนามในข้อตกลง). */
    SIGN("sign the agreement", "ลงนามในข้อตกลง"),
    /** Start a new revision of a signed agreement (แก้ไขข้อตกลงที่ลงนามแล้ว). */
    AMEND("amend the signed agreement", "แก้ไขข้อตกลงที่ลงนามแล้ว"),
    /** Report results and attach evidence (บันทึกผลการดำเนินงาน). */
    RECORD_RESULT("record results and evidence", "บันทึกผลการดำเนินงานและหลักฐาน"),
    /** Submit the self-assessment (ส่งการประเมินตนเอง). */
    SUBMIT("submit the self-assessment", "ส่งการประเมินตนเอง"),
    /** Evaluate: judgements, overrides, comments and competencies (ประเมินผล). */
    EVALUATE("evaluate", "ประเมินผล"),
    /** Sign to acknowledge the evaluation (ลงนามรับทราบผลการประเมิน). */
    ACKNOWLEDGE("acknowledge the evaluation", "ลงนามรับทราบผลการประเมิน"),
    /** Record that the appraisee was told and refused to sign, with a witness. */
    RECORD_REFUSAL("record a refusal to acknowledge", "บันทึกการไม่ลงนามรับทราบ"),
    /** Give the reviewer's opinion (ความเห็นของผู้บังคับบัญชาเหนือขึ้นไป). */
    REVIEW("review", "ให้ความเห็นในฐานะผู้บังคับบัญชาเหนือขึ้นไป"),
    /** Close the appraisal once reviewed, or once acknowledged where no review is needed (ปิดการประเมิน). */
    CLOSE("close the appraisal", "ปิดการประเมิน"),
    /** Reopen from self-assessment onwards, with a reason (เปิดการประเมินใหม่). */
    REOPEN("reopen the appraisal", "เปิดการประเมินใหม่"),
    /** Draft one template for the head of each child office (ถ่ายทอดตัวชี้วัดไปยังสำนักงานในสังกัด). */
    BROADCAST("broadcast a template to the offices", "ถ่ายทอดตัวชี้วัดไปยังสำนักงานในสังกัด"),
    /** Draft the staff's agreements from a head's agreement (ถ่ายทอดตัวชี้วัดให้ผู้ใต้บังคับบัญชา). */
    DERIVE("derive the staff's agreements", "ถ่ายทอดตัวชี้วัดให้ผู้ใต้บังคับบัญชา");

    private final String english;
    private final String thai;

    Act(String english, String thai) {
        this.english = english;
        this.thai = thai;
    }

    /** What the act is, in English, as messages say it ("close the appraisal"). */
    public String english() {
        return english;
    }

    /** What the act is, in Thai, as the page says it. */
    public String thai() {
        return thai;
    }

    /** The stable lower-case name used in codes, documents and the API ({@code record-result}). */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
