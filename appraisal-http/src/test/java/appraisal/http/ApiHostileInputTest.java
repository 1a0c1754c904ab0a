package appraisal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Bad input never gets past the door and never changes the store: malformed JSON, wrong types,
 * unknown fields, bodies too large or of another media type, SQL and script injection and Thai
 * and emoji text in every text field and path parameter, deadlines outside the round. Each is a
 * 4xx problem document (never a 5xx, never a stack trace), and the tables are equal before and
 * after.
 */
class ApiHostileInputTest {

    private static final List<String> NASTY = List.of("' OR '1'='1' --", "\"; DROP TABLE agreement; --", "<script>alert('x')</script>",
            "ทดสอบภาษาไทย ๑๒๓ 🙏🏽👩‍💻", "\u0000\u202e", "../../etc/passwd", "%00%27");


    private record Attempt(String role, String method, String route, String body, Map<String, String> headers, String[] args) {
    }

    @Test
    void hostile_requests_are_each_refused_with_a_problem_document_and_change_nothing() throws Exception {
        try (ApiFixture api = ApiFixture.start()) {
            String id = api.own.value();
            String etag = api.get("evaluator", "/agreements/{id}", id).header("ETag");
            Map<String, String> ifMatch = Map.of("If-Match", etag);
            List<Attempt> attempts = new ArrayList<>();
            // malformed, wrong types, unknown fields, nulls, media types
            for (String body : List.of("{", "{\"weight\":", "[]", "\"text\"", "{\"weight\":\"fifty\"}", "{\"weight\":true}",
                    "{\"weight\":null}", "{\"weight\":50,\"colour\":\"red\"}", "{\"weight\":50,\"weight\":60}", "{\"weight\":-5}",
                    "{\"weight\":1e400}", "{\"weight\":50} trailing", "null", " null ")) {
                attempts.add(new Attempt("evaluator", "PATCH", "/agreements/{id}/items/{item}", body, ifMatch, new String[] {id, "P4"}));
            }
            attempts.add(new Attempt(null, "POST", "/session", "null", Map.of(), new String[0]));
            attempts.add(new Attempt("office-head", "POST", "/agreements/{id}/review", "null", ifMatch, new String[] {id}));
            for (String body : List.of("null", "{\"facts\":[]}", "{\"facts\":{\"wdf.overdue_debt_reduced_pct\":null}}", "{\"facts\":{},\"x\":1}",
                    "{\"facts\":{\"a\":{\"done\":false,\"on\":\"2022-05-01\"}}}", "{\"facts\":{\"a\":{\"done\":true,\"on\":\"2030-13-45\"}}}",
                    "{\"facts\":{\"wdf.overdue_debt_reduced_pct\":12},\"evidence\":[{\"name\":\"x\"}]}")) {
                attempts.add(new Attempt("appraisee", "PUT", "/agreements/{id}/items/{item}/result", body, ifMatch, new String[] {id, "P4"}));
            }
            attempts.add(new Attempt("evaluator", "PATCH", "/agreements/{id}/items/{item}", "weight=50",
                    Map.of("If-Match", etag, "Content-Type", "application/x-www-form-urlencoded"), new String[] {id, "P4"}));
            attempts.add(new Attempt("evaluator", "PATCH", "/agreements/{id}/items/{item}", "{\"weight\":50}",
                    Map.of("If-Match", etag, "Content-Type", "text/plain"), new String[] {id, "P4"}));
            attempts.add(new Attempt("evaluator", "PATCH", "/agreements/{id}/items/{item}", "{\"weight\":50}",
                    Map.of("If-Match", "v1; DROP TABLE agreement"), new String[] {id, "P4"}));
            String huge = "{\"reason\":\"" + "ก".repeat(1_200_000) + "\"}";
            attempts.add(new Attempt("evaluator", "POST", "/agreements/{id}/amendments", huge, ifMatch, new String[] {id}));
            // injection, Thai and emoji in every text field and path parameter (the draft cannot be amended, reopened,
            // reviewed or refused, and the names point at nothing)
            for (String nasty : NASTY) {
                String text = api.json(nasty);
                attempts.add(new Attempt("evaluator", "POST", "/agreements/{id}/amendments", "{\"reason\":" + text + "}", ifMatch, new String[] {id}));
                attempts.add(new Attempt("evaluator", "POST", "/agreements/{id}/reopenings", "{\"reason\":" + text + "}", ifMatch, new String[] {id}));
                attempts.add(new Attempt("office-head", "POST", "/agreements/{id}/review", "{\"opinion\":" + text + "}", ifMatch, new String[] {id}));
                attempts.add(new Attempt("evaluator", "POST", "/agreements/{id}/refusal", "{\"witness\":" + text + ",\"note\":" + text + "}",
                        ifMatch, new String[] {id}));
                attempts.add(new Attempt("evaluator", "POST", "/agreements/{id}/items", "{\"indicator\":" + text
                        + ",\"section\":\"individual\",\"weight\":10,\"responsible_unit\":" + text + "}", ifMatch, new String[] {id}));
                attempts.add(new Attempt("evaluator", "PATCH", "/agreements/{id}/items/{item}", "{\"weight\":10}", ifMatch, new String[] {id, nasty}));
                attempts.add(new Attempt("evaluator", "PUT", "/agreements/{id}/items/{item}/roll-up", "{\"method\":" + text + ",\"fact\":" + text + "}",
                        ifMatch, new String[] {id, "P4"}));
                attempts.add(new Attempt("evaluator", "PUT", "/agreements/{id}/items/{item}/result", "{\"facts\":{" + text + ":" + text + "}}",
                        ifMatch, new String[] {id, "P4"}));
                attempts.add(new Attempt("evaluator", "GET", "/agreements/{id}", null, Map.of(), new String[] {nasty}));
                attempts.add(new Attempt("evaluator", "GET", "/agreements?round=" + java.net.URLEncoder.encode(nasty, StandardCharsets.UTF_8),
                        null, Map.of(), new String[0]));
                attempts.add(new Attempt("evaluator", "POST", "/agreements", "{\"round\":\"2565-2\",\"appraisee\":" + text + ",\"items\":[]}",
                        Map.of(), new String[0]));
                attempts.add(new Attempt("evaluator", "PUT", "/people/{id}", "{\"name\":" + text + ",\"position\":" + text
                        + ",\"level\":\"K1\",\"unit\":\"BRM\"}", Map.of(), new String[] {"X-1"}));
                attempts.add(new Attempt("admin", "PUT", "/org-units/{id}", "{\"name\":" + text + ",\"kind\":" + text + "}", Map.of(),
                        new String[] {"X-1"}));
                attempts.add(new Attempt(null, "POST", "/session", "{\"username\":" + text + ",\"password\":" + text + "}", Map.of(),
                        new String[0]));
                attempts.add(new Attempt("admin", "POST", "/users", "{\"username\":" + text + ",\"password\":\"short\"}", Map.of(), new String[0]));
            }
            // a round whose deadline falls outside its fiscal year
            String round = Files.readString(Path.of("../examples/buriram-2565-r2-round.yaml"), StandardCharsets.UTF_8)
                    .replace("fiscal_year: 2565", "fiscal_year: 2566").replace("due: 2022-09-15", "due: 2031-09-15");
            attempts.add(new Attempt("admin", "POST", "/rounds", round, Map.of("Content-Type", "application/yaml"), new String[0]));

            String before = api.dump();
            List<String> wrong = new ArrayList<>();
            for (Attempt a : attempts) {
                ApiFixture.Reply r;
                try {
                    r = api.send(a.role(), a.method(), a.route(), a.body(), a.headers(), a.args());
                } catch (java.io.UncheckedIOException e) {
                    wrong.add(a.method() + " " + a.route() + " " + String.join(",", a.args()) + " " + abbreviate(a.body()) + " -> no answer: "
                            + e.getCause().getMessage());
                    continue;
                }
                boolean problem = r.header("Content-Type") != null && r.header("Content-Type").startsWith("application/problem+json");
                if (r.status() < 400 || r.status() >= 500 || !problem || r.body().contains("Exception") || r.body().contains("\tat ")
                        || r.code().isEmpty() || r.json().path("detail_th").asText().isEmpty()) {
                    wrong.add(a.method() + " " + a.route() + " " + String.join(",", a.args()) + " " + abbreviate(a.body()) + " -> "
                            + r.status() + " " + abbreviate(r.body()));
                }
            }
            assertThat(wrong).as("hostile requests not refused with a 4xx problem").isEmpty();
            assertThat(ApiFixture.changes(before, api.dump())).as("the store after the hostile requests").isEmpty();
            assertThat(api.get("evaluator", "/agreements/{id}", id).header("ETag")).isEqualTo(etag);
        }
    }

    @Test
    void the_refusals_name_what_is_wrong_with_a_stable_code_and_the_field() throws Exception {
        try (ApiFixture api = ApiFixture.start()) {
            String id = api.own.value();
            Map<String, String> ifMatch = Map.of("If-Match", api.get("evaluator", "/agreements/{id}", id).header("ETag"));
            ApiFixture.Reply unknown = api.send("evaluator", "PATCH", "/agreements/{id}/items/{item}", "{\"weight\":5,\"colour\":1}",
                    ifMatch, id, "P4");
            assertThat(unknown.status()).isEqualTo(400);
            assertThat(unknown.code()).isEqualTo("request.unknown-field");
            assertThat(unknown.json().path("field").asText()).isEqualTo("/colour");
            ApiFixture.Reply type = api.send("evaluator", "PATCH", "/agreements/{id}/items/{item}", "{\"weight\":\"ห้าสิบ\"}", ifMatch, id, "P4");
            assertThat(type.code()).isEqualTo("request.wrong-type");
            assertThat(type.json().path("field").asText()).isEqualTo("/weight");
            ApiFixture.Reply malformed = api.send("evaluator", "PATCH", "/agreements/{id}/items/{item}", "{\"weight\":", ifMatch, id, "P4");
            assertThat(malformed.code()).isEqualTo("request.malformed-json");
            String huge = "{\"reason\":\"" + "x".repeat(2_000_000) + "\"}";
            ApiFixture.Reply large = api.send("evaluator", "POST", "/agreements/{id}/amendments", huge, ifMatch, id);
            assertThat(large.status()).isEqualTo(413);
            assertThat(large.code()).isEqualTo("request.too-large");
            ApiFixture.Reply media = api.send("evaluator", "PATCH", "/agreements/{id}/items/{item}", "{\"weight\":5}",
                    Map.of("If-Match", ifMatch.get("If-Match"), "Content-Type", "text/plain"), id, "P4");
            assertThat(media.status()).isEqualTo(415);
            ApiFixture.Reply state = api.send("evaluator", "POST", "/agreements/{id}/reopenings", "{\"reason\":\"แก้ไขผล 🙏\"}", ifMatch, id);
            assertThat(state.status()).isEqualTo(409);
            assertThat(state.code()).isEqualTo("agreement.illegal-transition");
            assertThat(state.json().path("detail_th").asText()).isEqualTo("ดำเนินการนี้ไม่ได้ในสถานะปัจจุบันของข้อตกลง");
        }
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
