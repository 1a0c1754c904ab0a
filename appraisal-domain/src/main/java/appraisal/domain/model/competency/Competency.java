package appraisal.domain.model.competency;

import java.util.Arrays;
import java.util.Optional;

/**
 * The competencies (สมรรถนะ) of the Thai civil service: five core ones for everyone and six
 * management ones for directors and executives (D and M position levels).
 */
public enum Competency {
    ACHIEVEMENT("core.achievement", "การมุ่งผลสัมฤทธิ์", false),
    SERVICE_MIND("core.service", "บริการที่ดี", false),
    EXPERTISE("core.expertise", "การสั่งสมความเชี่ยวชาญในงานอาชีพ", false),
    INTEGRITY("core.integrity", "การยึดมั่นในความถูกต้องชอบธรรมและจริยธรรม", false),
    TEAMWORK("core.teamwork", "การทำงานเป็นทีม", false),
    LEADERSHIP("mgmt.leadership", "สภาวะผู้นำ", true),
    VISIONING("mgmt.visioning", "วิสัยทัศน์", true),
    STRATEGY("mgmt.strategy", "การวางกลยุทธ์ภาครัฐ", true),
    CHANGE_LEADERSHIP("mgmt.change", "ศักยภาพเพื่อนำการปรับเปลี่ยน", true),
    SELF_CONTROL("mgmt.self-control", "การควบคุมตนเอง", true),
    COACHING("mgmt.coaching", "การสอนงานและการมอบหมายงาน", true);

    private final String code;
    private final String thaiName;
    private final boolean management;

    Competency(String code, String thaiName, boolean management) {
        this.code = code;
        this.thaiName = thaiName;
        this.management = management;
    }

    /** Stable code used in files, the database and the API. */
    public String code() {
        return code;
    }

    public String thaiName() {
        return thaiName;
    }

    public boolean management() {
        return management;
    }

    public static Optional<Competency> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
