package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.access.Principal;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.port.in.access.IssueTokenCommand;
import appraisal.domain.port.in.agreement.DraftAgreementCommand;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.org.ImportOrgCommand;
import appraisal.http.ApiServer;
import appraisal.http.ServerSettings;
import appraisal.persistence.Store;
import appraisal.persistence.StoreLocation;
import appraisal.web.WebPages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances of the server on one PostgreSQL, wired as {@code appraisal serve} wires them, on
 * the demo office loaded there by {@code appraisal demo}: a PostgreSQL of this test's own, which
 * it stops and starts.
 *
 * <ul>
 *   <li>the demo's summary names the database without the password of its URL;</li>
 *   <li>both instances changing one agreement at whatever version is current ({@code If-Match: *})
 *       save every change and never answer 412;</li>
 *   <li>PostgreSQL stopped: the API answers 503 with {@code Retry-After} and
 *       {@code store.unavailable}, {@code /ready} says 503, a page says it in Thai — each within a
 *       second; started again: ready and writing, without a restart. Timings are printed.</li>
 * </ul>
 */
class PostgresServeTest {

    private static final String SECRET = "s3cret-in-the-url";
    private static final String HEAD = "lamplaimat.head";
    private static final PersonId HEAD_PERSON = new PersonId("BRM-LAMPLAIMAT-01");

    @TempDir
    static Path folder;

    private static EmbeddedPostgres postgres;
    private static int port;
    private static String url;
    private static InMemoryCli.Run demo;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final List<Store> stores = new ArrayList<>();
    private final List<ApiServer> servers = new ArrayList<>();
    private final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private String token;
    private AgreementId draft;

    @BeforeAll
    static void demoOnPostgresql() throws IOException, SQLException {
        postgres = start(0);
        port = postgres.getPort();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE office");
        }
        // The embedded server trusts local connections: the password is there to be kept out of every output.
        url = "postgresql://postgres:" + SECRET + "@localhost:" + port + "/office";
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AppraisalCommand root = new AppraisalCommand((db, clock) -> {
            Store store = open(db);
            return new AppraisalCommand.Opened(Main.application(store, clock), store);
        }, new Input(new ByteArrayInputStream(new byte[0])), Map.of(), ApiFixture.CLOCK);
        int code = Launch.run(root, new String[] {"demo", "--db", url}, new PrintWriter(out), new PrintWriter(err));
        demo = new InMemoryCli.Run(code, out.toString(), err.toString());
    }

    /** The store at {@code connection}, as Main opens it but with the audit key in this test's folder (not the working directory). */
    private static Store open(String connection) {
        return Store.open(StoreLocation.parse(connection), CriterionCodec.withInstalledKinds(), folder.resolve("office.audit-key"));
    }

    private static EmbeddedPostgres start(int onPort) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setDataDirectory(folder.resolve("data")).setCleanDataDirectory(false)
                .setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off");
        return (onPort == 0 ? builder : builder.setPort(onPort)).start();
    }

    @AfterAll
    static void stopPostgresql() throws IOException {
        postgres.close();
    }

    /** Two instances, a draft of a new member of the Lamplaimat staff with its head as evaluator, and the head's token. */
    @BeforeEach
    void twoInstances() {
        for (int i = 0; i < 2; i++) {
            Store store = open(url);
            stores.add(store);
            servers.add(WebPages.server(ServeCommand.webUseCases(Main.application(store, ApiFixture.CLOCK)),
                    ServerSettings.local(0, log::add)).start());
        }
        Application app = Main.application(stores.get(0), ApiFixture.CLOCK);
        Person head = app.org.person(HEAD_PERSON);
        PersonId staff = new PersonId("BRM-LAMPLAIMAT-9" + System.nanoTime() % 100_000);
        app.importOrg.importOrg(new ImportOrgCommand(ImmutableList.of(), ImmutableList.of(new Person(staff, "นางสาวทดสอบ พร้อมกัน",
                "นักพัฒนาชุมชน", PositionLevel.K1, head.unit(), Optional.of(HEAD_PERSON), false)), new PersonId("test-setup")));
        draft = app.draft.draft(new DraftAgreementCommand(new RoundId(ApiFixture.ROUND), staff, HEAD_PERSON, Optional.empty(), Facts.NONE,
                ImmutableList.of(ItemDraft.of("P4", Section.INDIVIDUAL, new BigDecimal("100"))), HEAD_PERSON));
        token = app.tokens.issueToken(new IssueTokenCommand(HEAD, "tests", Duration.ofDays(30),
                new Principal(HEAD, Optional.of(HEAD_PERSON), false))).secret();
    }

    @AfterEach
    void stopInstances() {
        servers.forEach(ApiServer::stop);
        stores.forEach(Store::close);
    }

    private HttpResponse<String> send(ApiServer server, String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        headers.forEach(b::header);
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> api(ApiServer server, String method, String path, String body, String ifMatch) {
        return send(server, method, ApiServer.BASE + path, body,
                ifMatch == null ? Map.of("Authorization", "Bearer " + token) : Map.of("Authorization", "Bearer " + token, "If-Match", ifMatch));
    }

    private JsonNode body(HttpResponse<String> r) {
        try {
            return json.readTree(r.body());
        } catch (IOException e) {
            throw new IllegalStateException(r.body(), e);
        }
    }

    private String weightChange(int n) {
        return "{\"weight\":" + String.format(Locale.ROOT, "%d.%02d", 10 + n / 100, n % 100) + "}";
    }

    @Test
    void the_demo_says_where_it_loaded_the_office_without_the_password_of_the_url() {
        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("localhost:" + port + "/office").contains("***");
        assertThat(demo.out() + demo.err()).doesNotContain(SECRET);
    }

    @Test
    void two_instances_changing_one_agreement_at_whatever_version_is_current_save_every_change_and_never_answer_412() throws Exception {
        int perThread = 12;
        int threadsPerInstance = 4;
        long before = body(api(servers.get(0), "GET", "/agreements/" + draft.value(), null, null)).path("version").asLong();
        ExecutorService pool = Executors.newFixedThreadPool(2 * threadsPerInstance);
        CyclicBarrier together = new CyclicBarrier(2 * threadsPerInstance);
        AtomicInteger weights = new AtomicInteger();
        List<String> refusals = Collections.synchronizedList(new ArrayList<>());
        List<Future<List<Integer>>> running = new ArrayList<>();
        for (int t = 0; t < 2 * threadsPerInstance; t++) {
            ApiServer server = servers.get(t % 2);
            running.add(pool.submit(() -> {
                together.await();
                List<Integer> statuses = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    HttpResponse<String> r = api(server, "PATCH", "/agreements/" + draft.value() + "/items/P4",
                            weightChange(weights.incrementAndGet()), "*");
                    statuses.add(r.statusCode());
                    if (r.statusCode() != 200) {
                        refusals.add(r.statusCode() + " " + r.body());
                    }
                }
                return statuses;
            }));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<List<Integer>> f : running) {
            statuses.addAll(f.get());
        }
        pool.shutdown();

        int all = 2 * threadsPerInstance * perThread;
        List<String> failures;
        synchronized (log) {
            failures = log.stream().filter(l -> l.startsWith("ERROR")).toList();
        }
        assertThat(statuses).as(String.join("\n", refusals) + "\n" + String.join("\n", failures)).hasSize(all).containsOnly(200);
        JsonNode after = body(api(servers.get(1), "GET", "/agreements/" + draft.value(), null, null));
        assertThat(after.path("version").asLong()).as("every change saved, each on top of the one before").isEqualTo(before + all);
    }

    /** An answer and how long it took. */
    private record Timed(HttpResponse<String> response, long millis) {
    }

    private static Timed timed(java.util.function.Supplier<HttpResponse<String>> call) {
        long start = System.nanoTime();
        HttpResponse<String> r = call.get();
        return new Timed(r, (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void postgresql_stopped_is_answered_503_with_retry_after_within_a_second_and_served_again_once_it_is_back() throws Exception {
        ApiServer server = servers.get(0);
        HttpResponse<String> signIn = send(server, "POST", ApiServer.BASE + "/session",
                "{\"username\":\"" + HEAD + "\",\"password\":\"demo-2565-pass\"}", Map.of());
        assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(201);
        String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String path = "/agreements/" + draft.value();

        postgres.close();
        Timed read;
        Timed write;
        Timed ready;
        Timed page;
        HttpResponse<String> health;
        long back;
        long readyAgain;
        int polls = 0;
        try {
            read = timed(() -> api(server, "GET", path, null, null));
            write = timed(() -> api(server, "PATCH", path + "/items/P4", weightChange(1), "*"));
            ready = timed(() -> send(server, "GET", ApiServer.BASE + "/ready", null, Map.of()));
            page = timed(() -> send(server, "GET", "/", null, Map.of("Cookie", cookie)));
            health = send(server, "GET", ApiServer.BASE + "/health", null, Map.of());
        } finally {
            postgres = start(port);
            back = System.nanoTime();
        }
        while (true) {
            polls++;
            HttpResponse<String> r = send(server, "GET", ApiServer.BASE + "/ready", null, Map.of());
            if (r.statusCode() == 200) {
                readyAgain = (System.nanoTime() - back) / 1_000_000;
                break;
            }
            assertThat(System.nanoTime() - back).as("ready again by itself: " + r.body()).isLessThan(10_000_000_000L);
            Thread.sleep(20);
        }
        HttpResponse<String> readAfter = api(server, "GET", path, null, null);
        HttpResponse<String> writeAfter = api(server, "PATCH", path + "/items/P4", weightChange(2), "*");
        HttpResponse<String> otherInstance = api(servers.get(1), "GET", path, null, null);

        for (Timed t : List.of(read, write, ready)) {
            assertThat(t.response().statusCode()).as(t.response().body()).isEqualTo(503);
            assertThat(t.response().headers().firstValue("Retry-After")).contains("5");
            assertThat(t.response().headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
            assertThat(body(t.response()).path("code").asText()).isEqualTo("store.unavailable");
            assertThat(t.millis()).as("answered within a second").isLessThan(1_000);
        }
        // Refused at the sign-in check, before the change began: nothing is claimed either way.
        assertThat(body(write.response()).path("detail").asText()).contains("PostgreSQL at localhost:" + port + "/office", "does not answer")
                .doesNotContain("saved").doesNotContain(SECRET);
        assertThat(page.response().statusCode()).isEqualTo(503);
        assertThat(page.response().headers().firstValue("Retry-After")).contains("5");
        assertThat(page.response().body()).contains("ติดต่อฐานข้อมูลไม่ได้ในขณะนี้");
        assertThat(page.millis()).isLessThan(1_000);
        assertThat(health.statusCode()).as("alive, only not ready").isEqualTo(200);
        assertThat(log).noneMatch(line -> line.contains(" 500 ") || line.startsWith("ERROR"));
        assertThat(readAfter.statusCode()).isEqualTo(200);
        assertThat(writeAfter.statusCode()).as(writeAfter.body()).isEqualTo(200);
        assertThat(otherInstance.statusCode()).isEqualTo(200);
        System.out.printf(Locale.ROOT, "PostgreSQL stopped under two servers: read 503 in %d ms, write 503 in %d ms, /ready 503 in %d ms, page 503 "
                + "in %d ms; started again: /ready 200 after %d ms (%d polls), then read and write 200%n",
                read.millis(), write.millis(), ready.millis(), page.millis(), readyAgain, polls);
    }
}
