package appraisal.http;

import appraisal.domain.fake.InMemoryStoreMaintenance;
import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.interchange.AgreementCodec;
import appraisal.domain.model.interchange.AssignmentPlanCodec;
import appraisal.domain.model.interchange.RoundCodec;
import appraisal.domain.model.interchange.RubricCodec;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.port.in.access.AddUserCommand;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.DraftAgreementCommand;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.lifecycle.SignAgreementCommand;
import appraisal.domain.port.in.org.RegisterOrgUnitCommand;
import appraisal.domain.port.in.org.RegisterPersonCommand;
import appraisal.domain.port.in.round.OpenRoundCommand;
import appraisal.domain.port.in.rubric.ImportRubricCommand;
import appraisal.domain.seed.BuriramRound2565;
import appraisal.domain.service.StoreService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A real server on a free port over the domain's in-memory fakes: one office (evaluator P2, appraisee
 * P3 with an agreed agreement on the team indicator T2), an account each and an administrator, the
 * access log kept in memory. Requests are written on raw sockets, byte for byte, so a test can send
 * what no HTTP client library would (a NUL in a header, a body cut short, a header a byte at a time).
 * Used by the pages' tests too (appraisal-web), with their server.
 */
public final class ServerFixture implements AutoCloseable {

    public static final String PASSWORD = "ลำปลายมาศ-2565-pass";
    public static final PersonId EVALUATOR = new PersonId("P2");
    public static final PersonId APPRAISEE = new PersonId("P3");
    private static final PersonId ADMIN = new PersonId("user:admin");

    public final InMemorySystem system = new InMemorySystem();
    public final AgreementId agreement;
    public final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private ApiServer server;

    public ServerFixture() {
        system.org.register(new RegisterOrgUnitCommand(new OrgUnit(new OrgUnitId("CDD"), "กรมการพัฒนาชุมชน", OrgUnitKind.DEPARTMENT,
                Optional.empty()), ADMIN));
        system.org.register(new RegisterPersonCommand(new Person(EVALUATOR, "นายประเมิน ใจดี", "นักพัฒนาชุมชน", PositionLevel.K3,
                new OrgUnitId("CDD"), Optional.empty(), false), ADMIN));
        system.org.register(new RegisterPersonCommand(new Person(APPRAISEE, "นางสาวรับการ ประเมิน", "นักพัฒนาชุมชน", PositionLevel.K2,
                new OrgUnitId("CDD"), Optional.of(EVALUATOR), false), ADMIN));
        system.roundService.open(new OpenRoundCommand(BuriramRound2565.round(), ADMIN));
        system.rubrics.importRubric(new ImportRubricCommand(BuriramRound2565.teamTree(), ADMIN));
        agreement = system.agreements.draft(new DraftAgreementCommand(BuriramRound2565.round().id(), APPRAISEE, EVALUATOR,
                Optional.empty(), Facts.NONE, ImmutableList.of(ItemDraft.of("T2", Section.TEAM, new BigDecimal("100"))),
                Actor.administrator(ADMIN)));
        system.agreements.sign(new SignAgreementCommand(AgreementChange.of(agreement, APPRAISEE)));
        system.agreements.sign(new SignAgreementCommand(AgreementChange.of(agreement, EVALUATOR)));
        system.users.addUser(new AddUserCommand("evaluator", PASSWORD.toCharArray(), Optional.of(EVALUATOR), false, ADMIN));
        system.users.addUser(new AddUserCommand("appraisee", PASSWORD.toCharArray(), Optional.of(APPRAISEE), false, ADMIN));
        system.users.addUser(new AddUserCommand("admin", PASSWORD.toCharArray(), Optional.empty(), true, ADMIN));
    }

    /** The use cases the HTTP adapter needs, from the in-memory system (as the composition root picks them from the application). */
    public static ApiUseCases useCases(InMemorySystem s) {
        CriterionCodec criteria = CriterionCodec.withInstalledKinds();
        StoreService store = new StoreService(InMemoryStoreMaintenance.of(s, new InMemoryStoreMaintenance.Disk()), s.agreementStore, s.audit, s.clock);
        return new ApiUseCases(new ApiUseCases.Authentication(s.signIn, s.tokenService, s.visibility), new ApiUseCases.Health(store),
                new ApiUseCases.Accounts(s.users, s.tokenService, s.org),
                new ApiUseCases.Org(s.org, s.org, s.org),
                new ApiUseCases.Rounds(s.roundService, s.roundService, s.agreements, s.scoring, s.compliance, new RoundCodec()),
                new ApiUseCases.Indicators(s.rubrics, s.rubrics, s.rubrics, new RubricCodec(criteria)),
                new ApiUseCases.Agreements(s.agreements, s.roundService, s.agreementImports, s.agreements, s.agreements, s.agreements,
                        s.agreements, s.evidenceFiles, s.agreements, s.agreements, s.agreements, s.agreements, s.agreements, s.agreements,
                        s.scoring, s.cascadeReports, s.cascades, s.cascadeReports, criteria, new AgreementCodec(criteria)),
                new ApiUseCases.Cascades(s.agreements, s.cascades, s.cascades, s.cascadeReports, new AssignmentPlanCodec()));
    }

    /** Settings for a test server on a free port that logs here: the standard timeouts unless a test shortens them. */
    public ServerSettings settings(ServerSettings.Timeouts timeouts, ImmutableSet<String> trustedProxies) {
        return new ServerSettings("127.0.0.1", 0, ServerSettings.DEFAULT_MAX_BODY_BYTES, trustedProxies, ServerSettings.MIN_THREADS,
                log::add, timeouts);
    }

    /** The API alone, with the standard timeouts. */
    public ServerFixture start() {
        return start(settings(ServerSettings.Timeouts.STANDARD, ImmutableSet.of()), s -> new ApiServer(useCases(system), s));
    }

    /** The server {@code make} builds (the API, or the API with pages) with these settings. */
    public ServerFixture start(ServerSettings settings, Function<ServerSettings, ApiServer> make) {
        server = make.apply(settings).start();
        return this;
    }

    public int port() {
        return server.port();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
    }

    /** Sends these bytes as they are on a new connection and reads the answer until the server closes it (or 10 s pass). */
    public Answer raw(byte[] request) {
        try (Socket socket = new Socket("127.0.0.1", port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return Answer.read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Answer raw(String request) {
        return raw(request.getBytes(StandardCharsets.UTF_8));
    }

    /** One request with {@code Connection: close}: the headers as given (name, value, …), a Content-Length for the body. */
    public Answer send(String method, String path, byte[] body, String... headers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port() + "\r\nConnection: close\r\n");
        for (int i = 0; i < headers.length; i += 2) {
            head.append(headers[i]).append(": ").append(headers[i + 1]).append("\r\n");
        }
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            out.writeBytes(body);
        }
        return raw(out.toByteArray());
    }

    public Answer send(String method, String path, String body, String... headers) {
        return send(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
    }

    /** Signs in through the API: the session cookie ({@code appraisal_session=…}) and its CSRF token. */
    public Session signIn(String username) {
        Answer a = send("POST", "/api/v1/session", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}",
                "Content-Type", "application/json");
        if (a.status() != 201) {
            throw new IllegalStateException("sign-in of " + username + " failed: " + a);
        }
        return new Session(a.header("Set-Cookie").split(";")[0], a.json().path("csrf_token").asText());
    }

    /** The first access-log line that starts with {@code prefix}, waiting up to 2 s (Jetty logs once the answer is sent). */
    public Optional<String> logLine(String prefix) {
        long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (true) {
            synchronized (log) {
                for (String line : log) {
                    if (line.startsWith(prefix)) {
                        return Optional.of(line);
                    }
                }
            }
            if (System.nanoTime() > until) {
                return Optional.empty();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    /** A signed-in browser: its cookie and the session's CSRF token. */
    public record Session(String cookie, String csrf) {
    }

    /** An answer as read off the socket: status, headers (names in lower case), body. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {

        static Answer read(InputStream in) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    bytes.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException | java.net.SocketException stopped) {
                // what arrived is the answer
            }
            String text = bytes.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.1 ") || end < 0) {
                return new Answer(0, Map.of(), text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).strip());
            }
            String body = text.substring(end + 4);
            if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
                body = dechunked(body);
            }
            return new Answer(Integer.parseInt(lines[0].substring(9, 12)), headers, body);
        }

        private static String dechunked(String chunked) {
            // The sizes count bytes: decode from bytes, not characters.
            byte[] in = chunked.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int at = 0;
            while (at < in.length) {
                int eol = at;
                while (eol + 1 < in.length && !(in[eol] == '\r' && in[eol + 1] == '\n')) {
                    eol++;
                }
                String size = new String(in, at, eol - at, StandardCharsets.US_ASCII).split(";")[0].strip();
                int n = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
                if (n == 0) {
                    break;
                }
                out.write(in, eol + 2, Math.min(n, in.length - eol - 2));
                at = eol + 2 + n + 2;
            }
            return out.toString(StandardCharsets.UTF_8);
        }

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null ? null : values.get(0);
        }

        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String code() {
            return json().path("code").asText();
        }

        /** A problem document: its media type, a status, a stable code, the English and the Thai text. */
        public boolean isProblem() {
            String type = header("Content-Type");
            if (type == null || !type.startsWith(Problem.MEDIA_TYPE)) {
                return false;
            }
            JsonNode j = json();
            return j.path("status").asInt() == status && !j.path("code").asText().isEmpty() && !j.path("detail").asText().isEmpty()
                    && !j.path("detail_th").asText().isEmpty() && j.path("type").asText().equals(Problem.typeOf(j.path("code").asText()));
        }
    }
}
