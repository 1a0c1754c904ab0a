package appraisal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cells of the authority matrix sampled through the API, on an agreement the appraisee may see and
 * reach every route of: reaching a route proves nothing about the act. The appraisee who closed and
 * reopened their own acknowledged appraisal from outside is now answered 403 with the code, the
 * review policy cannot be sent with the closure, and nothing changes on a refusal.
 */
class ApiAuthorityTest {


    private ApiFixture api;
    private String id;
    private String etag;

    @BeforeEach
    void anAcknowledgedAppraisal() throws Exception {
        api = ApiFixture.start();
        id = api.own.value();
        etag = api.get("appraisee", "/agreements/{id}", id).header("ETag");
        etag = step("appraisee", "POST", "/agreements/{id}/signatures", null);
        etag = step("evaluator", "POST", "/agreements/{id}/signatures", null);
        etag = api.change("appraisee", "PUT", "/agreements/{id}/items/{item}/result", "{\"facts\":{\"wdf.overdue_debt_reduced_pct\":12}}",
                etag, id, "P4").header("ETag");
        etag = step("appraisee", "POST", "/agreements/{id}/self-assessment", null);
        etag = step("evaluator", "PUT", "/agreements/{id}/evaluation", "{\"competencies\":{\"core.achievement\":2,\"core.service\":2,"
                + "\"core.expertise\":2,\"core.integrity\":2,\"core.teamwork\":2}}");
        etag = step("appraisee", "POST", "/agreements/{id}/acknowledgement", null);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    private String step(String role, String method, String route, String body) {
        ApiFixture.Reply r = api.change(role, method, route, body, etag, id);
        assertThat(r.status()).as(route + " as " + role + ": " + r.body()).isEqualTo(200);
        return r.header("ETag");
    }

    private void refused(String role, String route, String body, int status, String code) {
        String before = api.dump();
        ApiFixture.Reply r = api.change(role, "POST", route, body, etag, id);
        assertThat(r.status()).as(route + " as " + role + ": " + r.body()).isEqualTo(status);
        assertThat(r.code()).isEqualTo(code);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(ApiFixture.changes(before, api.dump())).as("a refusal changes nothing").isEmpty();
    }

    @Test
    void the_appraisee_can_neither_close_nor_reopen_their_own_appraisal_nor_waive_its_review() {
        refused("appraisee", "/agreements/{id}/closure", null, 403, "authority.own-agreement");
        refused("appraisee", "/agreements/{id}/reopenings", "{\"reason\":\"ขอแก้ผล\"}", 403, "authority.own-agreement");
        String before = api.dump();
        ApiFixture.Reply waived = api.change("evaluator", "POST", "/agreements/{id}/closure", "{\"review_required\":false}", etag, id);
        assertThat(waived.status()).as(waived.body()).isEqualTo(400);
        assertThat(waived.body()).contains("review_required");
        assertThat(ApiFixture.changes(before, api.dump())).isEmpty();
    }

    @Test
    void only_the_reviewer_reviews_and_the_evaluator_closes_only_after_the_review_the_round_requires() {
        refused("province-head", "/agreements/{id}/review", "{\"opinion\":\"เห็นด้วย\"}", 403, "authority.not-allowed");
        refused("evaluator", "/agreements/{id}/review", "{\"opinion\":\"เห็นด้วย\"}", 403, "authority.not-allowed");
        refused("evaluator", "/agreements/{id}/closure", null, 409, "agreement.review-required");

        etag = step("office-head", "POST", "/agreements/{id}/review", "{\"opinion\":\"เห็นด้วยกับผลการประเมิน\"}");
        ApiFixture.Reply closed = api.change("evaluator", "POST", "/agreements/{id}/closure", null, etag, id);

        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().path("status").asText()).isEqualTo("closed");
    }

    @Test
    void an_administrator_may_reopen_and_the_trail_records_that_an_administrator_did() {
        etag = step("admin", "POST", "/agreements/{id}/reopenings", "{\"reason\":\"ตรวจพบข้อมูลผิดพลาด\"}");

        ApiFixture.Reply trail = api.get("appraisee", "/agreements/{id}/history?size=100", id);
        var items = trail.json().path("items");
        var last = items.get(items.size() - 1);
        assertThat(last.path("type").asText()).isEqualTo("agreement.reopened");
        assertThat(last.path("after").path("authority").asText()).isEqualTo("administrator");
        assertThat(api.send("appraisee", "GET", "/agreements/{id}", null, Map.of(), id).json().path("status").asText())
                .isEqualTo("reopened");
    }

    @Test
    void a_parent_out_of_sight_and_one_that_does_not_exist_get_the_same_answer() throws Exception {
        try (ApiFixture fresh = ApiFixture.withoutOwnAgreement()) {
            String before = fresh.dump();
            String draft = "{\"round\":\"2565-2\",\"appraisee\":\"BRM-MUEANG-09\",\"parent\":\"%s\",\"items\":[{\"item\":\"P4\","
                    + "\"section\":\"individual\",\"weight\":100}]}";

            ApiFixture.Reply otherProvince = fresh.send("appraisee", "POST", "/agreements", String.format(draft, fresh.outside.value()), Map.of());
            ApiFixture.Reply none = fresh.send("appraisee", "POST", "/agreements", String.format(draft, "AG-999"), Map.of());

            assertThat(otherProvince.status()).as(otherProvince.body()).isEqualTo(404);
            assertThat(none.status()).as(none.body()).isEqualTo(404);
            assertThat(otherProvince.code()).isEqualTo("agreement.parent-not-found").isEqualTo(none.code());
            assertThat(otherProvince.json().path("detail").asText().replace(fresh.outside.value(), "X"))
                    .isEqualTo(none.json().path("detail").asText().replace("AG-999", "X"));
            assertThat(ApiFixture.changes(before, fresh.dump())).isEmpty();
        }
    }
}
