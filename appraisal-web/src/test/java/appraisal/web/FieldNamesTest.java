package appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.http.Pages;
import org.junit.jupiter.api.Test;

class FieldNamesTest {

    @Test
    void theFieldARefusalNamesIsSaidAsTheFormLabelsIt() {
        assertThat(FieldNames.thai("competency.missing", "mgmt.leadership")).isEqualTo("สมรรถนะสภาวะผู้นำ");
        assertThat(FieldNames.thai("web.not-a-whole-number", "k.core.teamwork")).isEqualTo("สมรรถนะการทำงานเป็นทีม");
        assertThat(FieldNames.thai("agreement.weight-not-positive", "weights/T2")).isEqualTo("น้ำหนักของตัวชี้วัด T2");
        assertThat(FieldNames.thai("web.not-a-number", "w.6")).isEqualTo("น้ำหนักในแม่แบบ แถวที่ 7");
        assertThat(FieldNames.thai("targets.not-a-number", "levels/3/0")).isEqualTo("ค่าเป้าหมายระดับ 3 ช่องที่ 1");
        assertThat(FieldNames.thai("agreement.override-needs-reason", "reason")).isEqualTo("เหตุผล");
        assertThat(FieldNames.thai("web.not-a-whole-number", "o.T4")).isEqualTo("ระดับที่ปรับของตัวชี้วัด T4");
        assertThat(FieldNames.thai("agreement.results-missing", "T1,T3")).isEqualTo("ผลการดำเนินงานของตัวชี้วัด T1, T3");
        assertThat(FieldNames.thai("agreement.witness-not-independent", "witness")).isEqualTo("พยาน");
        assertThat(FieldNames.thai("request.bad-if-match", "If-Match")).as("no form shows it").isEmpty();
        assertThat(FieldNames.thai("x.y", "")).isEmpty();
    }

    @Test
    void aRefusalOfWhoMayActNamesTheActThePostWas() {
        Pages.Refusal own = new Pages.Refusal(403, "authority.own-agreement", "…", "…", "");
        assertThat(WebPages.forbidden(own, "/agreements/AG-4/closure")).isEqualTo("ท่านไม่มีสิทธิ์ปิดการประเมิน");
        assertThat(WebPages.forbidden(own, "/agreements/AG-4/reopening")).isEqualTo("ท่านไม่มีสิทธิ์เปิดการประเมินใหม่");
        assertThat(WebPages.forbidden(own, "/agreements/AG-4/items/T1/targets")).isEqualTo("ท่านไม่มีสิทธิ์แก้ไขร่างข้อตกลง");
        assertThat(WebPages.forbidden(own, "/cascade/broadcasts")).isEqualTo("ท่านไม่มีสิทธิ์ถ่ายทอดตัวชี้วัดไปยังสำนักงานในสังกัด");
        assertThat(WebPages.forbidden(new Pages.Refusal(403, "auth.csrf-missing", "…", "…", ""), "/agreements/AG-4/closure"))
                .as("a missing CSRF token is not about who may act").isEmpty();
        assertThat(WebPages.forbidden(new Pages.Refusal(409, "agreement.illegal-transition", "…", "…", ""), "/agreements/AG-4/closure"))
                .isEmpty();
    }
}
