package appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.http.ServerFixture;
import appraisal.http.ServerFixture.Answer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What issue 14 found on the pages: the level preview's hand-built JSON, multipart forms the
 * framework cannot parse (a bad boundary, a file name with NUL) answered 500, no security headers
 * and inline script. Each page answer here is a page (or valid JSON), with the headers of every
 * answer, and personal data is never cacheable.
 */
class PageAnswersTest {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>|\\son[a-z]+\\s*=|\\sstyle\\s*=|javascript:");

    private final ServerFixture pages = PageServer.start();
    private ServerFixture.Session session;
    private String agreement;

    @BeforeEach
    void signIn() {
        session = pages.signIn("appraisee");
        agreement = "/agreements/" + pages.agreement.value();
    }

    @AfterEach
    void stop() {
        pages.close();
    }

    private Answer get(String path) {
        return pages.send("GET", path, (byte[]) null, "Cookie", session.cookie());
    }

    @Test
    void the_level_preview_is_valid_json_whatever_is_typed() throws Exception {
        for (String typed : List.of("96", "9\n1", "1\"}, {\"level\": \"5", "x\u0000y", "\\", "<script>", "๙๖")) {
            Answer a = get(agreement + "/items/T2/level?f.plan.achieved_pct=" + URLEncoder.encode(typed, StandardCharsets.UTF_8));
            assertThat(a.status()).as(typed).isEqualTo(200);
            assertThat(a.header("Content-Type")).startsWith("application/json");
            JsonNode json = new ObjectMapper().readTree(a.body());
            if (typed.equals("96") || typed.equals("๙๖")) {
                assertThat(json.path("level").asText()).as(typed).isEqualTo("5");
                assertThat(json.has("error")).isFalse();
            } else {
                assertThat(json.path("error").asText()).as(typed).isNotBlank();
                assertThat(json.has("level")).isFalse();
            }
        }
    }

    @Test
    void a_multipart_form_with_a_bad_boundary_is_the_pages_400_on_the_sign_in_form_and_on_a_signed_in_form() {
        String body = "--abc\r\nContent-Disposition: form-data; name=\"username\"\r\n\r\nappraisee\r\n--abc--\r\n";
        Answer login = pages.send("POST", "/login", body, "Content-Type", "multipart/form-data; boundary=xyz");
        Answer results = pages.send("POST", agreement + "/results", body, "Content-Type", "multipart/form-data; boundary=",
                "Cookie", session.cookie(), "X-CSRF-Token", session.csrf());
        for (Answer a : List.of(login, results)) {
            assertThat(a.status()).as(a.toString()).isEqualTo(400);
            assertThat(a.header("Content-Type")).startsWith("text/html");
            assertThat(a.body()).contains("ทำรายการไม่สำเร็จ", "request.malformed-body");
        }
        assertThat(pages.logLine("POST /login 400 ")).isPresent();
        assertThat(pages.logLine("POST " + agreement + "/results 400 ")).isPresent();
    }

    @Test
    void an_evidence_file_named_with_nul_is_refused_by_the_page_and_changes_nothing() {
        long version = pages.system.agreements.show(pages.agreement).version();
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--b0\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + session.csrf() + "\r\n"
                + "--b0\r\nContent-Disposition: form-data; name=\"version\"\r\n\r\n" + version + "\r\n"
                + "--b0\r\nContent-Disposition: form-data; name=\"e.T2\"; filename=\"ผล").getBytes(StandardCharsets.UTF_8));
        form.write(0);
        form.writeBytes((".pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n\r\n--b0--\r\n").getBytes(StandardCharsets.UTF_8));

        Answer a = pages.send("POST", agreement + "/results", form.toByteArray(), "Content-Type", "multipart/form-data; boundary=b0",
                "Cookie", session.cookie());

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body()).contains("request.malformed-body");
        assertThat(pages.system.agreements.show(pages.agreement).version()).isEqualTo(version);
        assertThat(pages.system.evidence.count()).isZero();
    }

    @Test
    void pages_forms_pdfs_and_sheets_are_not_stored_by_caches_and_carry_the_policy_while_the_style_sheet_may_be_cached() {
        for (String path : List.of("/login", "/agreements", agreement, agreement + "/print/agreement", agreement + "/pdf/agreement",
                "/dashboard/sheet.csv?round=2565-2", "/dashboard/sheet.xlsx?round=2565-2", "/tasks", "/account", "/nowhere")) {
            Answer a = get(path);
            assertThat(a.status()).as(path).isEqualTo(path.equals("/nowhere") ? 404 : 200);
            assertThat(a.header("Cache-Control")).as(path).isEqualTo("no-store");
            assertThat(a.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'", "script-src 'self'");
            assertThat(a.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(a.header("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(a.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            if (a.header("Content-Type").startsWith("text/html")) {
                assertThat(INLINE_SCRIPT.matcher(a.body()).find()).as(path + " has inline script or style: " + a.body()).isFalse();
            }
        }
        Answer css = get("/static/app.css");
        assertThat(css.header("Cache-Control")).isEqualTo("max-age=3600");
        assertThat(css.header("Content-Security-Policy")).isNotNull();
    }
}
