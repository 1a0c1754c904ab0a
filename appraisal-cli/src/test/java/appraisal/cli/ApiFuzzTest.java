package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.cli.demo.DemoAccounts;
import appraisal.domain.model.access.SessionGrant;
import appraisal.domain.port.in.access.SignInCommand;
import appraisal.http.ApiDocument;
import appraisal.http.ApiServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded, bounded fuzz of the whole API, as {@code appraisal serve} wires it over the demo office:
 * at least 10,000 requests spread over every operation of the OpenAPI document, each sent as one of
 * the demo accounts (a session cookie with or without its CSRF token, or a bearer token) or
 * anonymously, with something hostile in it (see {@link HostileRequests}). What must hold: no
 * answer is a 5xx; every refusal (4xx) is a problem document with a code; a refused request
 * changes nothing in the store (after every request whose answer is a refusal, the store is
 * compared row by row with what it was, whenever SQLite says anything was written); a client that
 * hangs up may go unanswered, no one else.
 *
 * <p>The seed is printed; {@code -Dappraisal.fuzz.seed=N} repeats a run, {@code
 * -Dappraisal.fuzz.requests=N} changes its length. The run stops, and fails, if it takes longer than
 * {@code appraisal.fuzz.seconds} (300), a guard against a server that stalls; the run prints the
 * wall and CPU time it took.
 */
class ApiFuzzTest {

    private static final long SEED = 20_221_001L;
    private static final int TIMEOUT_MILLIS = 10_000;

    @TempDir
    Path folder;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void ten_thousand_hostile_requests_over_every_operation_as_every_role_get_no_5xx_only_problems_and_refusals_change_nothing()
            throws Exception {
        long seed = Long.getLong("appraisal.fuzz.seed", SEED);
        int count = Integer.getInteger("appraisal.fuzz.requests", 10_000);
        long budget = Long.getLong("appraisal.fuzz.seconds", 300) * 1_000;
        System.out.println("API fuzz: seed " + seed + " (repeat with -Dappraisal.fuzz.seed=" + seed + "), " + count + " requests");
        try (ApiFixture api = ApiFixture.start(folder);
             RawHttp http = new RawHttp("127.0.0.1", api.server.port(), TIMEOUT_MILLIS);
             Connection store = DriverManager.getConnection("jdbc:sqlite:" + api.db)) {
            String host = "127.0.0.1:" + api.server.port();
            Map<String, List<String>> pools = pools(store, api);
            List<HostileRequests.Identity> identities = new ArrayList<>();
            for (DemoAccounts.Account account : DemoAccounts.ALL) {
                identities.add(signIn(http, host, account.username()));
            }
            identities.add(HostileRequests.Identity.ANONYMOUS);
            Map<String, String> etags = new HashMap<>();
            for (String id : pools.get("agreement")) {
                RawHttp.Answer a = http.exchange(get(host, "/agreements/" + id, identities.get(0)), false, false);
                if (a.status() == 200) {
                    etags.put(id, a.header("etag"));
                }
            }
            Map<String, String> documents = Map.of(
                    "agreement", Files.readString(Path.of("../examples/agreement-lamplaimat.yaml"), StandardCharsets.UTF_8),
                    "round", Files.readString(Path.of("../examples/buriram-2565-r2-round.yaml"), StandardCharsets.UTF_8),
                    "rubric", firstIndicators(Path.of("../examples/buriram-2565-r2-team.yaml"), 2));
            HostileRequests requests = new HostileRequests(new ApiDocument().root(), pools, identities, etags, documents, seed, host);

            Map<Integer, Integer> statuses = new TreeMap<>();
            Map<String, Integer> perOperation = new TreeMap<>();
            Map<String, Integer> perRole = new TreeMap<>();
            Map<String, Integer> perKind = new TreeMap<>();
            List<String> wrong = new ArrayList<>();
            int serverErrors = 0;
            int unanswered = 0;
            int changes = 0;
            int renewed = 0;
            String baseline = api.dump();
            long written = dataVersion(store);
            long started = System.nanoTime();
            long cpuBefore = cpuNanos();
            int sent = 0;
            for (int i = 0; i < count; i++) {
                if ((System.nanoTime() - started) / 1_000_000 > budget) {
                    wrong.add("stopped after " + sent + " requests: the run took more than " + budget / 1000 + " s");
                    break;
                }
                HostileRequests.Attempt attempt = requests.next(i);
                RawHttp.Answer answer = http.exchange(attempt.bytes(), attempt.alone(), attempt.hangUp());
                perKind.merge(attempt.kind(), 1, Integer::sum);
                sent++;
                statuses.merge(answer.status(), 1, Integer::sum);
                perOperation.merge(attempt.operation().key(), 1, Integer::sum);
                perRole.merge(attempt.role(), 1, Integer::sum);
                if (answer.status() == 0) {
                    if (!attempt.hangUp()) {
                        unanswered++;
                        wrong.add(attempt.describe() + " -> no answer: " + answer.failure());
                    }
                } else if (answer.status() >= 500) {
                    serverErrors++;
                    wrong.add(attempt.describe() + " -> " + answer.status() + " " + abbreviate(answer.text()));
                } else if (answer.status() >= 400) {
                    String problem = problem(answer, attempt.bytes());
                    if (problem != null) {
                        wrong.add(attempt.describe() + " -> " + answer.status() + " " + problem);
                    }
                } else if (attempt.agreement() != null && answer.header("etag") != null) {
                    etags.put(attempt.agreement(), answer.header("etag"));
                } else if (attempt.operation().key().equals("DELETE /session") && answer.status() == 204) {
                    renewed += renewSessions(api, identities);
                }
                long now = dataVersion(store);
                if (now != written) {
                    written = now;
                    String after = api.dump();
                    if (answer.status() >= 200 && answer.status() < 400) {
                        changes++;
                    } else if (!after.equals(baseline)) {
                        wrong.add(attempt.describe() + " -> " + answer.status() + " changed the store: "
                                + ApiFixture.changes(baseline, after).stream().limit(5).toList());
                    }
                    baseline = after;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("API fuzz: %d requests in %.1f s (%.1f s of CPU, server and client) over %d connections, seed %d%n", sent,
                    seconds, (cpuNanos() - cpuBefore) / 1e9, http.connections, seed);
            System.out.printf("API fuzz: by status %s; 5xx: %d; unanswered: %d (and %d clients that hung up); writes by accepted "
                    + "requests: %d; sessions signed out and opened again: %d%n", statuses, serverErrors, unanswered,
                    statuses.getOrDefault(0, 0) - unanswered, changes, renewed);
            System.out.println("API fuzz: by kind " + perKind + "; by role " + perRole);
            wrong.stream().limit(40).forEach(w -> System.out.println("API fuzz: " + w));
            Files.write(Path.of("target/api-fuzz-failures.txt"), wrong);
            api.log.stream().filter(l -> l.startsWith("ERROR")).map(l -> l.replaceAll("^ERROR \\S+ \\S+: ", "")).distinct().limit(20)
                    .forEach(l -> System.out.println("API fuzz: server log: " + l));

            assertThat(wrong).as("requests answered against the rules (seed " + seed + ")").isEmpty();
            assertThat(sent).isEqualTo(count);
            assertThat(perOperation.keySet()).as("every operation of the document").hasSize(requests.operations().size());
            assertThat(perRole.keySet()).as("every demo account and anonymous").hasSize(DemoAccounts.ALL.size() + 1);
        }
    }

    /** CPU time this JVM (the server and the fuzz both) has used: the run's cost whatever else the machine is doing. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The rubric of the file with only its first {@code n} indicators: the same kind of document, a fraction of the work. */
    private static String firstIndicators(Path rubric, int n) throws IOException {
        YAMLMapper yaml = new YAMLMapper();
        ObjectNode doc = (ObjectNode) yaml.readTree(Files.readString(rubric, StandardCharsets.UTF_8));
        ArrayNode all = (ArrayNode) doc.get("indicators");
        ArrayNode first = yaml.createArrayNode();
        for (int i = 0; i < n; i++) {
            first.add(all.get(i));
        }
        doc.set("indicators", first);
        return yaml.writeValueAsString(doc);
    }

    /** What is wrong with a refusal as a problem document, or null when nothing is. */
    private String problem(RawHttp.Answer answer, byte[] request) {
        String type = answer.header("content-type");
        if (type == null || !type.startsWith("application/problem+json")) {
            return "is not a problem document (Content-Type " + type + "): " + abbreviate(answer.text());
        }
        if (new String(request, 0, Math.min(5, request.length), StandardCharsets.ISO_8859_1).equals("HEAD ")) {
            return null; // the answer to HEAD has no body
        }
        try {
            JsonNode p = json.readTree(answer.body());
            if (!p.path("code").isTextual() || p.path("code").asText().isEmpty() || p.path("status").asInt() != answer.status()
                    || p.path("detail").asText().isEmpty()) {
                return "a problem without its code, status or detail: " + abbreviate(answer.text());
            }
            return null;
        } catch (IOException e) {
            return "the problem is not JSON: " + abbreviate(answer.text());
        }
    }

    /** The ids the requests name, inside and outside each account's scope, and some that name nothing. */
    private static Map<String, List<String>> pools(Connection store, ApiFixture api) throws SQLException {
        Map<String, List<String>> pools = new LinkedHashMap<>();
        List<String> agreements = column(store, "SELECT id FROM agreement ORDER BY id");
        agreements.add("AG-999999");
        pools.put("agreement", agreements);
        List<String> people = column(store, "SELECT id FROM person ORDER BY id");
        people.add("NOBODY-1");
        pools.put("person", people);
        List<String> units = column(store, "SELECT id FROM org_unit ORDER BY id");
        units.add("NOWHERE");
        pools.put("unit", units);
        List<String> rounds = column(store, "SELECT id FROM round ORDER BY id");
        rounds.add("2564-1");
        pools.put("round", rounds);
        // tokens of the fixture's accounts, issued before the fuzz's own: revoking one is allowed to work
        List<String> tokens = column(store, "SELECT id FROM access_token ORDER BY id");
        tokens.add("no-such-token");
        pools.put("token", tokens);
        List<String> items = column(store, "SELECT DISTINCT item_id FROM agreement_item ORDER BY item_id");
        items.add("NO-ITEM");
        pools.put("item", items);
        pools.put("indicator", column(store, "SELECT DISTINCT code FROM indicator_version ORDER BY code"));
        pools.put("user", column(store, "SELECT username FROM user_account ORDER BY username"));
        pools.put("facts", column(store, "SELECT DISTINCT key FROM item_result, json_each(item_result.facts) ORDER BY key"));
        pools.put("competencies", column(store, "SELECT DISTINCT code FROM competency_level ORDER BY code"));
        pools.put("items", pools.get("item"));
        pools.put("key", List.of("x", "P4", "core.achievement", "BRM"));
        pools.put("office_facts", units);
        return pools;
    }

    private static List<String> column(Connection store, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = store.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }

    /** SQLite's count of commits made by other connections: unchanged means nothing was written. */
    private static long dataVersion(Connection store) throws SQLException {
        try (Statement s = store.createStatement(); ResultSet r = s.executeQuery("PRAGMA data_version")) {
            r.next();
            return r.getLong(1);
        }
    }

    /**
     * Opens a new session for each account whose session a request signed out (one that came with a
     * bearer token and the session's cookie does), so the rest of the run still has sessions to send;
     * signed in through the use case, as the fuzz's bad sign-ins have throttled its own address.
     */
    private static int renewSessions(ApiFixture api, List<HostileRequests.Identity> identities) {
        int renewed = 0;
        for (int i = 0; i < identities.size(); i++) {
            HostileRequests.Identity who = identities.get(i);
            if (who.cookie() != null && api.app.signIn.session(who.cookie()).isEmpty()) {
                SessionGrant grant = api.app.signIn.signIn(new SignInCommand(who.role(), DemoAccounts.PASSWORD.toCharArray(), "fuzz"));
                identities.set(i, new HostileRequests.Identity(who.role(), new HostileRequests.Session(grant.secret(), grant.csrfToken()),
                        who.leaving(), who.bearer()));
                renewed++;
            }
        }
        return renewed;
    }

    /** Signs in over HTTP as a demo account twice (a session to use, one to sign out) and issues it a bearer token. */
    private HostileRequests.Identity signIn(RawHttp http, String host, String username) throws IOException {
        HostileRequests.Session session = session(http, host, username);
        RawHttp.Answer token = http.exchange(request("POST", host, "/tokens", List.of("Content-Type: application/json",
                "Cookie: appraisal_session=" + session.cookie(), "X-CSRF-Token: " + session.csrf()),
                "{\"label\":\"fuzz\",\"valid_days\":30}"), false, false);
        assertThat(token.status()).as("a token for " + username + ": " + token.text()).isEqualTo(201);
        return new HostileRequests.Identity(username, session, session(http, host, username),
                json.readTree(token.body()).path("secret").asText());
    }

    private HostileRequests.Session session(RawHttp http, String host, String username) throws IOException {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + DemoAccounts.PASSWORD + "\"}";
        RawHttp.Answer session = http.exchange(request("POST", host, "/session", List.of("Content-Type: application/json"), body), false,
                false);
        assertThat(session.status()).as("sign in as " + username + ": " + session.text()).isEqualTo(201);
        return new HostileRequests.Session(session.header("set-cookie").split(";")[0].substring("appraisal_session=".length()),
                json.readTree(session.body()).path("csrf_token").asText());
    }

    private static byte[] get(String host, String path, HostileRequests.Identity who) {
        return request("GET", host, path, List.of("Authorization: Bearer " + who.bearer()), null);
    }

    private static byte[] request(String method, String host, String path, List<String> headers, String body) {
        StringBuilder r = new StringBuilder(method + " " + ApiServer.BASE + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
        headers.forEach(h -> r.append(h).append("\r\n"));
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        if (body != null) {
            r.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        r.append("\r\n");
        byte[] head = r.toString().getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + bytes.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bytes, 0, all, head.length, bytes.length);
        return all;
    }

    private static String abbreviate(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }
}
