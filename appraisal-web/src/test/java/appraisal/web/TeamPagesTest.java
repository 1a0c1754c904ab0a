package appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.port.in.org.RegisterPersonCommand;
import appraisal.http.ServerFixture.Answer;
import appraisal.http.ServerFixture;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "My team": the agreements the viewer evaluates in the round, and their staff who have none yet. */
class TeamPagesTest {

    private final ServerFixture pages = PageServer.start();

    @AfterEach
    void stop() {
        pages.close();
    }

    private Answer team(String user) {
        ServerFixture.Session session = pages.signIn(user);
        return pages.send("GET", "/team?round=2565-2", (byte[]) null, "Cookie", session.cookie());
    }

    @Test
    void the_evaluator_sees_the_agreement_they_evaluate_and_staff_without_one() {
        pages.system.org.register(new RegisterPersonCommand(new Person(new PersonId("P4"), "นายใหม่ ยังไม่มี", "นักพัฒนาชุมชน",
                PositionLevel.K1, new OrgUnitId("CDD"), Optional.of(ServerFixture.EVALUATOR), false), new PersonId("user:admin")));

        Answer a = team("evaluator");

        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.body()).contains("ทีมของฉัน", "/agreements/" + pages.agreement.value(), "นางสาวรับการ ประเมิน")
                .contains("ผู้ใต้บังคับบัญชาที่ยังไม่มีข้อตกลงในรอบนี้", "data-person=\"P4\"", "นายใหม่ ยังไม่มี")
                .doesNotContain("data-person=\"P3\"");
    }

    @Test
    void someone_who_evaluates_nobody_is_told_so() {
        Answer a = team("appraisee");

        assertThat(a.status()).as(a.toString()).isEqualTo(200);
        assertThat(a.body()).contains("ยังไม่มีข้อตกลงที่ท่านเป็นผู้ประเมินในรอบนี้").doesNotContain("/agreements/" + pages.agreement.value());
    }
}
