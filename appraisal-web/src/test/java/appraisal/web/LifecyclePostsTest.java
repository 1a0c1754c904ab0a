package appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.port.in.org.RegisterPersonCommand;
import appraisal.http.ServerFixture.Answer;
import appraisal.http.ServerFixture;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The agreement page's forms, each act posted as a browser posts it (a form with the session's
 * CSRF token and the version the page was drawn at): each goes through its use case and back to the
 * agreement with what was done; a stale form, a form by someone the act is not theirs, or one with
 * nothing typed is refused as a page and changes nothing.
 */
class LifecyclePostsTest {

    private static final ItemId T2 = new ItemId("T2");

    private final ServerFixture pages = PageServer.start();
    private final String path = "/agreements/" + pages.agreement.value();

    @AfterEach
    void stop() {
        pages.close();
    }

    private Agreement agreement() {
        return pages.system.agreements.show(pages.agreement);
    }

    /** Posts a form ({@code name, value, …}) as {@code user}, at the agreement's current version. */
    private Answer post(String user, String act, String... fields) {
        return postAt(user, agreement().version(), act, fields);
    }

    private Answer postAt(String user, long version, String act, String... fields) {
        ServerFixture.Session session = pages.signIn(user);
        List<String> pairs = new ArrayList<>(List.of("_csrf", session.csrf(), "version", String.valueOf(version)));
        pairs.addAll(List.of(fields));
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.size(); i += 2) {
            body.append(i == 0 ? "" : "&").append(URLEncoder.encode(pairs.get(i), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs.get(i + 1), StandardCharsets.UTF_8));
        }
        return pages.send("POST", path + "/" + act, body.toString(), "Content-Type", "application/x-www-form-urlencoded",
                "Cookie", session.cookie());
    }

    private void seeOther(Answer a, String done) {
        assertThat(a.status()).as(a.toString()).isEqualTo(303);
        assertThat(a.header("Location")).isEqualTo(path + "?done=" + done);
    }

    @Test
    void results_self_assessment_evaluation_and_acknowledgement_go_through_each_by_its_own_user() {
        seeOther(post("appraisee", "results", "f.T2.plan.achieved_pct", "๙๖"), "results");
        assertThat(agreement().result(T2).orElseThrow().facts().get("plan.achieved_pct"))
                .contains(FactValue.of(new BigDecimal("96")));

        seeOther(post("appraisee", "self-assessment"), "submitted");
        assertThat(agreement().status()).isEqualTo(AgreementStatus.SELF_ASSESSED);

        seeOther(post("evaluator", "evaluation", "o.T2", "๔", "r.T2", "ตรวจเอกสารแล้ว ผลงานตามแผนจริง", "c.T2", "ดี",
                "k.core.achievement", "2", "k.core.service", "2", "k.core.expertise", "2", "k.core.integrity", "2", "k.core.teamwork", "2"),
                "evaluated");
        Agreement evaluated = agreement();
        assertThat(evaluated.status()).isEqualTo(AgreementStatus.EVALUATED);
        assertThat(evaluated.evaluationOf(T2).orElseThrow().override().orElseThrow().level()).isEqualTo(4);
        assertThat(evaluated.evaluationOf(T2).orElseThrow().comment()).isEqualTo("ดี");

        seeOther(post("appraisee", "acknowledgement"), "acknowledged");
        assertThat(agreement().status()).isEqualTo(AgreementStatus.ACKNOWLEDGED);
    }

    @Test
    void a_form_drawn_at_an_older_version_is_refused_as_a_page_and_changes_nothing() {
        long drawnAt = agreement().version();
        seeOther(post("appraisee", "results", "f.T2.plan.achieved_pct", "80"), "results");
        long now = agreement().version();

        Answer stale = postAt("appraisee", drawnAt, "self-assessment");

        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        assertThat(stale.header("Content-Type")).startsWith("text/html");
        assertThat(stale.body()).contains("agreement.stale-version");
        assertThat(agreement().version()).isEqualTo(now);
        assertThat(agreement().status()).isEqualTo(AgreementStatus.AGREED);
    }

    @Test
    void an_act_that_is_not_the_posters_is_refused_naming_the_act_and_changes_nothing() {
        long version = agreement().version();

        // an administrator sees every agreement, but results are the parties' to record
        Answer a = post("admin", "results", "f.T2.plan.achieved_pct", "80");

        assertThat(a.status()).as(a.toString()).isEqualTo(403);
        assertThat(a.header("Content-Type")).startsWith("text/html");
        assertThat(a.body()).contains("ท่านไม่มีสิทธิ์บันทึกผลการดำเนินงานและหลักฐาน");
        assertThat(agreement().version()).isEqualTo(version);
        assertThat(agreement().result(T2)).isEmpty();
    }

    @Test
    void a_results_form_with_nothing_typed_and_no_file_is_refused_with_the_field_to_fill() {
        long version = agreement().version();

        Answer a = post("appraisee", "results", "f.T2.plan.achieved_pct", "  ");

        assertThat(a.status()).as(a.toString()).isEqualTo(422);
        assertThat(a.body()).contains("web.nothing-typed");
        assertThat(agreement().version()).isEqualTo(version);
    }

    @Test
    void the_evaluator_records_a_refusal_before_a_witness_and_an_administrator_reopens_with_a_reason() {
        pages.system.org.register(new RegisterPersonCommand(new Person(new PersonId("P5"), "นางพยาน ใจตรง", "นักพัฒนาชุมชน",
                PositionLevel.K1, new OrgUnitId("CDD"), Optional.empty(), false), new PersonId("user:admin")));
        seeOther(post("appraisee", "results", "f.T2.plan.achieved_pct", "96"), "results");
        seeOther(post("appraisee", "self-assessment"), "submitted");
        seeOther(post("evaluator", "evaluation", "k.core.achievement", "2", "k.core.service", "2", "k.core.expertise", "2",
                "k.core.integrity", "2", "k.core.teamwork", "2"), "evaluated");

        Answer noWitness = post("evaluator", "refusal", "note", "ไม่ลงนาม");
        assertThat(noWitness.status()).as(noWitness.toString()).isEqualTo(422);
        assertThat(noWitness.body()).contains("web.field-required");
        assertThat(agreement().status()).isEqualTo(AgreementStatus.EVALUATED);

        seeOther(post("evaluator", "refusal", "witness", "P5", "note", "ผู้รับการประเมินไม่ลงนามรับทราบ"), "refused");
        assertThat(agreement().status()).isEqualTo(AgreementStatus.REFUSED);

        seeOther(post("admin", "reopening", "reason", "ตรวจพบข้อมูลผิดพลาด"), "reopened");
        assertThat(agreement().status()).isEqualTo(AgreementStatus.REOPENED);
    }
}
