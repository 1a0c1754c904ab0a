package appraisal.http;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.http.ServerFixture.Answer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every answer carries the security headers, set once for all of them: JSON, problems from the
 * routes and from Jetty, the documentation page and its files, an evidence download. Only static
 * files may be cached; the rest holds personal data and is {@code no-store}. Swagger UI's demo
 * page (on the public petstore) is not served.
 */
class SecurityHeadersTest {

    private final ServerFixture fixture = new ServerFixture();
    private ServerFixture.Session session;

    @BeforeEach
    void start() {
        fixture.start();
        session = fixture.signIn("appraisee");
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    private static void hasTheSecurityHeaders(String what, Answer a) {
        assertThat(a.header("Content-Security-Policy")).as(what).contains("default-src 'self'", "script-src 'self'",
                "object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(a.header("X-Frame-Options")).as(what).isEqualTo("DENY");
        assertThat(a.header("Referrer-Policy")).as(what).isEqualTo("same-origin");
        assertThat(a.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        assertThat(a.headers().get("content-security-policy")).as(what + ": one policy").hasSize(1);
    }

    @Test
    void every_kind_of_answer_has_them_and_is_not_stored_by_caches() {
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("JSON", fixture.send("GET", "/api/v1/agreements/" + fixture.agreement.value(), (byte[]) null, "Cookie", session.cookie()));
        answers.put("a list", fixture.send("GET", "/api/v1/agreements?round=2565-2", (byte[]) null, "Cookie", session.cookie()));
        answers.put("a route's problem", fixture.send("GET", "/api/v1/agreements/AG-999", (byte[]) null, "Cookie", session.cookie()));
        answers.put("no route", fixture.send("GET", "/api/v1/nowhere", (byte[]) null));
        answers.put("Jetty's refusal", fixture.raw("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nNo colon\r\n\r\n"));
        answers.put("Jetty's refusal of a DELETE", fixture.raw("DELETE /api/v1/session HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n"));
        answers.put("too large", fixture.send("POST", "/api/v1/session", new byte[(int) ServerSettings.DEFAULT_MAX_BODY_BYTES + 1],
                "Content-Type", "application/json"));
        answers.put("the docs page", fixture.send("GET", "/api/v1/docs", (byte[]) null));
        answers.put("the document", fixture.send("GET", "/api/v1/openapi.yaml", (byte[]) null));
        answers.put("a sign-in", fixture.send("POST", "/api/v1/session", "{\"username\":\"appraisee\",\"password\":\"" + ServerFixture.PASSWORD
                + "\"}", "Content-Type", "application/json"));
        for (Map.Entry<String, Answer> e : answers.entrySet()) {
            assertThat(e.getValue().status()).as(e.getKey()).isPositive();
            hasTheSecurityHeaders(e.getKey(), e.getValue());
            assertThat(e.getValue().header("Cache-Control")).as(e.getKey()).isEqualTo("no-store");
        }
    }

    @Test
    void an_evidence_download_has_a_stricter_policy_of_its_own_and_is_not_stored() {
        Answer shown = fixture.send("GET", "/api/v1/agreements/" + fixture.agreement.value(), (byte[]) null, "Cookie", session.cookie());
        Answer uploaded = fixture.send("POST", "/api/v1/agreements/" + fixture.agreement.value() + "/items/T2/evidence?name=report.txt",
                "รายงานผล".getBytes(StandardCharsets.UTF_8), "Cookie", session.cookie(), "X-CSRF-Token", session.csrf(), "If-Match",
                shown.header("ETag"), "Content-Type", "text/plain");
        String sha = uploaded.json().at("/items/0/result/evidence/0/sha256").asText();

        Answer download = fixture.send("GET", "/api/v1/agreements/" + fixture.agreement.value() + "/evidence/" + sha, (byte[]) null,
                "Cookie", session.cookie());

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Security-Policy")).isEqualTo("default-src 'none'; sandbox; frame-ancestors 'none'");
        assertThat(download.headers().get("content-security-policy")).hasSize(1);
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Cache-Control")).isEqualTo("no-store");
        assertThat(download.header("Content-Disposition")).startsWith("attachment;");
    }

    @Test
    void the_docs_page_loads_only_files_that_are_served_from_here_with_no_inline_script_and_not_swagger_uis_demo_page() {
        Answer page = fixture.send("GET", "/api/v1/docs", (byte[]) null);
        assertThat(page.body()).doesNotContain("<script>").doesNotContain("style=").doesNotContain("petstore");
        Matcher refs = Pattern.compile("(?:src|href)=\"([^\"]+)\"").matcher(page.body());
        int files = 0;
        while (refs.find()) {
            files++;
            Answer file = fixture.send("GET", refs.group(1), (byte[]) null);
            assertThat(file.status()).as(refs.group(1)).isEqualTo(200);
            hasTheSecurityHeaders(refs.group(1), file);
            assertThat(file.header("Cache-Control")).as("a static file may be cached").startsWith("max-age=");
        }
        assertThat(files).isEqualTo(3);
        for (String path : new String[] {"/api-docs/index.html", "/api-docs/swagger-initializer.js", "/webjars/swagger-ui/5.34.1/index.html",
                "/webjars/swagger-ui/5.34.1/swagger-initializer.js", "/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js"}) {
            Answer a = fixture.send("GET", path, (byte[]) null);
            assertThat(a.status()).as(path).isEqualTo(404);
            assertThat(a.body()).doesNotContain("petstore");
        }
    }
}
