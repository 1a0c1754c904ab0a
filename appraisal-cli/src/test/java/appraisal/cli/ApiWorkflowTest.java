package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.http.ApiDocument;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The round's story over HTTP, each step by the user whose step it is: the evaluator drafts, both
 * sign, the appraisee reports and submits, the evaluator evaluates overriding a level, the
 * appraisee acknowledges, the evaluator's supervisor reviews. Every answer is held to the OpenAPI
 * document at the end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiWorkflowTest {

    @TempDir
    static Path folder;

    private ApiFixture api;
    private final ApiDocument document = new ApiDocument();

    @BeforeAll
    void start() throws Exception {
        api = ApiFixture.withoutOwnAgreement(folder);
    }

    @AfterAll
    void stop() throws Exception {
        List<String> violations = new ArrayList<>();
        api.exchanges.forEach(e -> violations.addAll(document.violations(e.method(), e.route(), e.status(), e.contentType(), e.body())));
        api.close();
        assertThat(violations).as("answers that do not match the OpenAPI document").isEmpty();
    }

    @Test
    void an_agreement_goes_from_draft_to_review_each_step_by_its_own_user_and_the_audit_trail_names_them() {
        String draft = "{\"round\":\"2565-2\",\"appraisee\":\"BRM-MUEANG-09\",\"items\":[{\"item\":\"P4\",\"section\":\"individual\","
                + "\"weight\":100}]}";
        ApiFixture.Reply drafted = api.send("evaluator", "POST", "/agreements", draft, Map.of());
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(201);
        String id = drafted.json().path("agreement").asText();
        assertThat(drafted.json().path("evaluator").asText()).isEqualTo("BRM-MUEANG-02");
        assertThat(drafted.header("Location")).isEqualTo("/api/v1/agreements/" + id);
        String etag = drafted.header("ETag");
        // The store's epoch and the version: "5c1e0a9b27d4-v1".
        assertThat(etag).matches("\"[0-9a-f]{12}-v" + drafted.json().path("version").asLong() + "\"");

        ApiFixture.Reply read = api.get("appraisee", "/agreements/{id}", id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo(etag);

        etag = step("appraisee", "POST", "/agreements/{id}/signatures", null, etag, id, "draft");
        etag = step("evaluator", "POST", "/agreements/{id}/signatures", null, etag, id, "agreed");
        ApiFixture.Reply uploaded = api.sendBytes("appraisee", "POST", "/agreements/{id}/items/{item}/evidence?name="
                + java.net.URLEncoder.encode("รายงานหนี้.pdf", java.nio.charset.StandardCharsets.UTF_8),
                "%PDF-1.4\n% debt report\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), "application/pdf",
                Map.of("If-Match", etag), id, "P4");
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);
        JsonNode file = uploaded.json().path("items").get(0).path("result").path("evidence").get(0);
        assertThat(file.path("name").asText()).isEqualTo("รายงานหนี้.pdf");
        etag = step("appraisee", "PUT", "/agreements/{id}/items/{item}/result", "{\"facts\":{\"wdf.overdue_debt_reduced_pct\":12},"
                + "\"evidence\":[" + file + "]}", uploaded.header("ETag"), id, "agreed", "P4");
        etag = step("appraisee", "POST", "/agreements/{id}/self-assessment", null, etag, id, "self-assessed");
        etag = step("evaluator", "PUT", "/agreements/{id}/evaluation", "{\"items\":{\"P4\":{\"override\":{\"level\":4,"
                + "\"reason\":\"ตรวจเอกสารแล้ว ลดหนี้ได้จริงตามรายงาน\"}}},\"competencies\":{\"core.achievement\":2,\"core.service\":2,"
                + "\"core.expertise\":2,\"core.integrity\":2,\"core.teamwork\":2}}", etag, id, "evaluated");
        etag = step("appraisee", "POST", "/agreements/{id}/acknowledgement", null, etag, id, "acknowledged");
        step("office-head", "POST", "/agreements/{id}/review", "{\"opinion\":\"เห็นด้วยกับผลการประเมิน\"}", etag, id, "reviewed");

        ApiFixture.Reply score = api.get("appraisee", "/agreements/{id}/score", id);
        assertThat(score.status()).isEqualTo(200);
        assertThat(score.json().path("items").get(0).path("overridden_to").asInt()).isEqualTo(4);
        assertThat(score.json().path("items").get(0).path("level").asInt()).isEqualTo(4);
        assertThat(score.json().path("final_score").path("rating").asText()).isNotEmpty();

        ApiFixture.Reply trail = api.get("appraisee", "/agreements/{id}/history?size=100", id);
        assertThat(trail.status()).as(trail.body()).isEqualTo(200);
        JsonNode history = trail.json();
        List<String> steps = StreamSupport.stream(history.path("items").spliterator(), false)
                .map(e -> e.path("type").asText() + " by " + e.path("actor").asText()).collect(Collectors.toList());
        assertThat(steps).contains("agreement.drafted by BRM-MUEANG-02", "agreement.signed by BRM-MUEANG-09",
                "agreement.signed by BRM-MUEANG-02", "agreement.result-recorded by BRM-MUEANG-09",
                "agreement.self-assessment-submitted by BRM-MUEANG-09", "agreement.evaluated by BRM-MUEANG-02",
                "agreement.acknowledged by BRM-MUEANG-09", "agreement.reviewed by BRM-MUEANG-01");
        assertThat(api.log).anyMatch(line -> line.startsWith("POST /api/v1/agreements/" + id + "/review 200 ") && line.endsWith(" " + api.usernames.get("office-head")));
        assertThat(String.join("\n", api.log)).doesNotContain(api.tokens.get("appraisee"));
    }

    @Test
    void a_change_without_if_match_is_428_and_one_with_a_stale_etag_is_412_and_changes_nothing() {
        String id = api.outside.value();
        ApiFixture.Reply missing = api.change("admin", "PATCH", "/agreements/{id}/items/{item}", "{\"weight\":50}", null, id, "P4");
        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.code()).isEqualTo("request.if-match-required");
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        ApiFixture.Reply stale = api.change("admin", "PATCH", "/agreements/{id}/items/{item}", "{\"weight\":50}", "\"v999\"", id, "P4");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.code()).isEqualTo("agreement.stale-version");
        assertThat(stale.json().path("detail_th").asText()).isNotBlank();
        assertThat(api.get("admin", "/agreements/{id}", id).json().path("items").get(0).path("weight").decimalValue())
                .isEqualByComparingTo("100");
    }

    @Test
    void someone_who_sees_an_agreement_but_is_not_a_party_may_not_sign_it() {
        String id = api.outside.value();
        String etag = api.get("admin", "/agreements/{id}", id).header("ETag");
        ApiFixture.Reply refused = api.change("admin", "POST", "/agreements/{id}/signatures", null, etag, id);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("authority.not-allowed");
    }

    @Test
    void a_round_shows_its_settings_the_review_policy_and_the_evidence_quota_per_agreement() {
        ApiFixture.Reply round = api.get("appraisee", "/rounds/{id}", "2565-2");

        assertThat(round.status()).as(round.body()).isEqualTo(200);
        JsonNode settings = round.json().path("settings");
        assertThat(settings.path("review").asText()).isEqualTo("required");
        assertThat(settings.path("evidence_quota").path("files").asInt()).isEqualTo(20);
        assertThat(settings.path("evidence_quota").path("bytes").asLong()).isEqualTo(20L * 1024 * 1024);
    }

    @Test
    void a_second_draft_for_someone_who_has_an_agreement_in_the_round_is_refused_naming_it_and_changes_nothing() {
        String id = api.outside.value();
        ApiFixture.Reply before = api.get("admin", "/agreements/{id}", id);
        String draft = "{\"round\":\"2565-2\",\"appraisee\":\"SRN-0002\",\"items\":[{\"item\":\"P4\",\"section\":\"individual\","
                + "\"weight\":100}]}";

        ApiFixture.Reply refused = api.send("admin", "POST", "/agreements", draft, Map.of());

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("agreement.already-exists");
        assertThat(refused.json().path("detail").asText()).contains("SRN-0002 already has agreement " + id + " (DRAFT) in round 2565-2")
                .contains("--as-amendment");
        assertThat(refused.json().path("detail_th").asText()).startsWith("ผู้รับการประเมินมีข้อตกลงในรอบนี้แล้ว");
        JsonNode theirs = api.get("admin", "/agreements?round=2565-2&appraisee=SRN-0002").json();
        assertThat(theirs.path("total").asInt()).isEqualTo(1);
        assertThat(theirs.path("items").get(0).path("agreement").asText()).isEqualTo(id);
        assertThat(api.get("admin", "/agreements/{id}", id).header("ETag")).isEqualTo(before.header("ETag"));
    }

    @Test
    void health_and_readiness_answer_without_signing_in() {
        assertThat(api.get(null, "/health").json().path("status").asText()).isEqualTo("live");
        assertThat(api.get(null, "/ready").json().path("status").asText()).isEqualTo("ready");
        assertThat(api.get(null, "/openapi.yaml").body()).startsWith("openapi: 3.1.0");
        assertThat(api.get(null, "/docs").body()).contains("swagger-ui-bundle.js");
    }

    @Test
    void lists_are_paged_with_a_total_and_a_link_to_the_next_page() {
        JsonNode first = api.get("admin", "/agreements?round=2565-2&size=10").json();
        assertThat(first.path("total").asInt()).isGreaterThanOrEqualTo(24);
        assertThat(first.path("items").size()).isEqualTo(10);
        assertThat(first.path("next").asText()).isEqualTo("/api/v1/agreements?round=2565-2&page=2&size=10");
        JsonNode last = api.get("admin", "/agreements?round=2565-2&size=10&page=" + ((first.path("total").asInt() + 9) / 10)).json();
        assertThat(last.has("next")).isFalse();
        ApiFixture.Reply tooBig = api.get("admin", "/agreements?round=2565-2&size=1000");
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.code()).isEqualTo("request.bad-page");
    }

    /** One lifecycle step at the version seen; the answer carries the new ETag and the status named. */
    private String step(String role, String method, String route, String body, String etag, String id, String status, String... more) {
        String[] args = new String[1 + more.length];
        args[0] = id;
        System.arraycopy(more, 0, args, 1, more.length);
        ApiFixture.Reply r = api.change(role, method, route, body, etag, args);
        assertThat(r.status()).as(role + " " + method + " " + route + ": " + r.body()).isEqualTo(200);
        assertThat(r.json().path("status").asText()).isEqualTo(status);
        assertThat(r.header("ETag")).isNotEqualTo(etag)
                .isEqualTo(etag.substring(0, etag.indexOf("-v") + 2) + r.json().path("version").asLong() + "\"");
        return r.header("ETag");
    }
}
