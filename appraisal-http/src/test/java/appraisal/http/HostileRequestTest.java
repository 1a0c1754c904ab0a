package appraisal.http;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.http.ServerFixture.Answer;
import com.google.common.collect.ImmutableSet;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14's malformed requests, written byte for byte on raw sockets: each is a 4xx with a stable
 * code — a problem document from the API, the page's refusal from a page — never a 500, never an
 * empty answer, and each has its access-log line, also when Jetty refuses it before any route.
 */
class HostileRequestTest {

    /** A page beside the API, as appraisal-web declares them: a public form and a signed-in upload; a refusal is a page naming its code. */
    private static final Pages FORMS = new Pages() {
        @Override
        public void declare(List<Route> routes) {
            routes.add(new Route("POST", "/form", Access.PUBLIC, call -> call.context().result("hello " + call.context().formParam("name"))));
            routes.add(new Route("POST", "/upload", Access.SIGNED_IN, call -> call.context().result("got " + call.context()
                    .uploadedFiles("file").stream().map(UploadedFile::filename).collect(Collectors.joining(",")))));
        }

        @Override
        public void refuse(Context ctx, Refusal refusal) {
            ctx.status(refusal.status()).contentType("text/html; charset=utf-8").result("<p class=refusal>" + refusal.code() + "</p>");
        }
    };

    private final ServerFixture fixture = new ServerFixture();

    @BeforeEach
    void start() {
        fixture.start(fixture.settings(ServerSettings.Timeouts.STANDARD, ImmutableSet.of()),
                s -> new ApiServer(ServerFixture.useCases(fixture.system), s, FORMS));
    }

    @AfterEach
    void stop() {
        fixture.close();
        assertThat(fixture.log).as("nothing the clients did is the server's failure").noneMatch(l -> l.startsWith("ERROR") || l.contains(" 500 "));
    }

    private static void refusedAsProblem(Answer a, int status, String code) {
        assertThat(a.status()).as(a.toString()).isEqualTo(status);
        assertThat(a.isProblem()).as("a problem document: " + a).isTrue();
        assertThat(a.code()).isEqualTo(code);
    }

    private void logged(String line) {
        assertThat(fixture.logLine(line)).as("the access log has '" + line + "…' in " + fixture.log).isPresent();
    }

    @Test
    void a_body_in_a_charset_other_than_utf8_is_415_before_anything_decodes_it_from_the_api_and_from_a_page() {
        Answer api = fixture.send("POST", "/api/v1/session", "{}", "Content-Type", "application/json; charset=ebcdic");
        refusedAsProblem(api, 415, "request.unsupported-charset");
        assertThat(api.json().path("field").asText()).isEqualTo("Content-Type");
        logged("POST /api/v1/session 415 ");

        Answer page = fixture.send("POST", "/form", "name=x", "Content-Type", "application/x-www-form-urlencoded; charset=x-unheard-of");
        assertThat(page.status()).isEqualTo(415);
        assertThat(page.body()).isEqualTo("<p class=refusal>request.unsupported-charset</p>");
        logged("POST /form 415 ");

        Answer latin = fixture.send("POST", "/api/v1/session", "{}", "Content-Type", "application/json; charset=ISO-8859-1");
        refusedAsProblem(latin, 415, "request.unsupported-charset");
        Answer utf8 = fixture.send("POST", "/api/v1/session", "{\"username\":\"nobody\",\"password\":\"wrong-password\"}",
                "Content-Type", "application/json; charset=\"UTF-8\"");
        refusedAsProblem(utf8, 401, "auth.bad-credentials");
        assertThat(fixture.send("GET", "/api/v1/health", (byte[]) null, "Content-Type", "text/plain; charset=ebcdic").status())
                .as("no body, nothing to decode").isEqualTo(200);
    }

    @Test
    void a_path_with_a_percent_u_escape_or_bytes_that_are_not_utf8_is_400_bad_uri_and_logged() {
        for (String path : List.of("/api/v1/agreements/%u0041", "/api/v1/agreements/%ff%fe", "/agreements/%ff%fe", "/api/v1/agreements/%c0%af")) {
            Answer a = fixture.raw("GET " + path + " HTTP/1.1\r\nHost: x\r\n\r\n");
            refusedAsProblem(a, 400, "request.bad-uri");
            assertThat(a.json().path("instance").asText()).isEqualTo(path);
            assertThat(a.header("Connection")).isEqualTo("close");
            logged("GET " + path + " 400 ");
        }
    }

    @Test
    void what_jetty_refuses_before_any_route_is_a_problem_document_with_its_access_log_line() {
        refusedAsProblem(fixture.raw("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\u0000x\r\n"
                + "Content-Length: 2\r\n\r\n{}"), 400, "request.malformed");
        logged("POST /api/v1/session 400 ");
        refusedAsProblem(fixture.raw("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n"), 400, "request.malformed");
        logged("GET /api/v1/health 400 ");
        refusedAsProblem(fixture.raw("GET /api/v1/me HTTP/1.1\r\nHost: x\r\nHost: y\r\n\r\n"), 400, "request.malformed");
        logged("GET /api/v1/me 400 ");
        // Jetty's own error handler answered PUT, PATCH and DELETE with an empty 400 (issue 14's "empty 400s").
        refusedAsProblem(fixture.raw("PUT /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "0\r\n\r\n"), 400, "request.malformed");
        logged("PUT /api/v1/session 400 ");
        // Jetty says 505 for a request line it cannot read: the client's mistake, so a 400. Its method and path are not known.
        refusedAsProblem(fixture.raw("GET /api/v1/health HTTP/9.9\r\nHost: x\r\n\r\n"), 400, "request.bad-version");
        logged("BAD /badMessage 400 ");
        refusedAsProblem(fixture.raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x\r\n\r\n"), 414, "request.uri-too-long");
        logged("BAD /badMessage 414 ");
        refusedAsProblem(fixture.raw("GET /api/v1/tokens HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n"), 431,
                "request.headers-too-large");
        logged("GET /api/v1/tokens 431 ");
    }

    @Test
    void a_multipart_body_with_a_bad_boundary_or_none_is_the_pages_400_not_a_500() {
        ServerFixture.Session s = fixture.signIn("appraisee");
        String form = "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nx\r\n--xyz--\r\n";
        for (String type : List.of("multipart/form-data; boundary=abc", "multipart/form-data", "multipart/form-data; boundary=",
                "multipart/form-data; boundary=" + "x".repeat(200))) {
            Answer signedIn = fixture.send("POST", "/upload", form, "Content-Type", type, "Cookie", s.cookie(), "X-CSRF-Token", s.csrf());
            assertThat(signedIn.status()).as(type).isEqualTo(400);
            assertThat(signedIn.body()).isEqualTo("<p class=refusal>request.malformed-body</p>");
            Answer anonymous = fixture.send("POST", "/form", form, "Content-Type", type);
            assertThat(anonymous.status()).as(type).isEqualTo(400);
            assertThat(anonymous.body()).isEqualTo("<p class=refusal>request.malformed-body</p>");
        }
        Answer truncated = fixture.send("POST", "/upload", form.substring(0, form.indexOf("x\r\n")), "Content-Type",
                "multipart/form-data; boundary=xyz", "Cookie", s.cookie(), "X-CSRF-Token", s.csrf());
        assertThat(truncated.body()).isEqualTo("<p class=refusal>request.malformed-body</p>");
        assertThat(fixture.send("POST", "/upload", form, "Content-Type", "multipart/form-data; boundary=xyz", "Cookie", s.cookie(),
                "X-CSRF-Token", s.csrf()).body()).as("a good one").isEqualTo("got a.txt");
        logged("POST /form 400 ");
        logged("POST /upload 400 ");
    }

    @Test
    void an_upload_name_with_nul_is_cut_by_the_api_and_refused_400_from_a_page_form() {
        ServerFixture.Session s = fixture.signIn("appraisee");
        Answer shown = fixture.send("GET", "/api/v1/agreements/" + fixture.agreement.value(), (byte[]) null, "Cookie", s.cookie());
        Answer uploaded = fixture.send("POST", "/api/v1/agreements/" + fixture.agreement.value() + "/items/T2/evidence?name=%E0%B8%9C%E0%B8%A5%00.pdf",
                pdf(), "Cookie", s.cookie(), "X-CSRF-Token", s.csrf(), "If-Match", shown.header("ETag"), "Content-Type", "application/pdf");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.json().at("/items/0/result/evidence/0/name").asText()).isEqualTo("ผล.pdf");

        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--b0\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a").getBytes(StandardCharsets.UTF_8));
        form.write(0);
        form.writeBytes(("b.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--b0--\r\n").getBytes(StandardCharsets.UTF_8));
        Answer page = fixture.send("POST", "/upload", form.toByteArray(), "Content-Type", "multipart/form-data; boundary=b0",
                "Cookie", s.cookie(), "X-CSRF-Token", s.csrf());
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).isEqualTo("<p class=refusal>request.malformed-body</p>");
        assertThat(page.header("Connection")).isEqualTo("close");
    }

    @Test
    void a_client_that_goes_away_mid_body_is_logged_as_a_400_not_a_500_and_the_server_serves_on() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", fixture.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n"
                    + "{\"username\":").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
        logged("POST /api/v1/session 400 ");
        try (Socket socket = new Socket("127.0.0.1", fixture.port())) {
            socket.getOutputStream().write(("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n10\r\n{\"user").getBytes(StandardCharsets.UTF_8));
        }
        assertThat(fixture.logLine("POST /api/v1/session 400 ")).isPresent();
        assertThat(fixture.send("GET", "/api/v1/health", (byte[]) null).status()).isEqualTo(200);
    }

    @Test
    void a_body_larger_than_the_limit_is_read_and_answered_413_and_one_far_larger_is_not_read() {
        byte[] large = new byte[(int) ServerSettings.DEFAULT_MAX_BODY_BYTES + 1];
        refusedAsProblem(fixture.send("POST", "/api/v1/session", large, "Content-Type", "application/json"), 413, "request.too-large");
        Answer huge = fixture.raw("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: "
                + 100 * ServerSettings.DEFAULT_MAX_BODY_BYTES + "\r\n\r\n{");
        refusedAsProblem(huge, 413, "request.too-large");
        assertThat(huge.header("Connection")).isEqualTo("close");
        logged("POST /api/v1/session 413 ");
    }

    private static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }
}
