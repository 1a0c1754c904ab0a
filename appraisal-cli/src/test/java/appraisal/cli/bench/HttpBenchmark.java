package appraisal.cli.bench;

import appraisal.cli.AccessLog;
import appraisal.cli.Application;
import appraisal.cli.Main;
import appraisal.cli.ServeCommand;
import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.port.in.access.AddUserCommand;
import appraisal.domain.port.in.access.IssueTokenCommand;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.DraftAgreementCommand;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.lifecycle.SignAgreementCommand;
import appraisal.domain.port.in.org.ImportOrgCommand;
import appraisal.http.ApiServer;
import appraisal.http.ServerSettings;
import appraisal.persistence.Store;
import appraisal.web.WebPages;
import com.google.common.collect.ImmutableList;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP benchmark: the API on the demo database next to a bare Javalin hello-world, all in this
 * JVM (loopback), loaded by {@code wrk} at 64 connections in the same run.
 *
 * <ol>
 *   <li>{@code appraisal demo} into a fresh SQLite file; 64 more staff under the Mueang district head,
 *       each with a signed agreement (so results can be posted); a token for the province head
 *       (who reads: the org scope is worked out per request) and one for the district head (who
 *       posts results on behalf of his staff).</li>
 *   <li>Four targets: hello-world {@code GET /hello} with Javalin's defaults and with the server's
 *       thread pool; {@code GET /api/v1/agreements/{id}} (a district head's evaluated agreement,
 *       8 items with results and evaluation); {@code PUT /api/v1/agreements/{id}/items/P4/result}
 *       with {@code If-Match: *} over the 64 agreements in turn (every request a committed write).
 *       The API is started as {@code appraisal serve} starts it (the page beside it, default
 *       settings, the access log written to a file).</li>
 *   <li>A warm-up of each, then rounds of each in turn, so a change in the shared machine's load
 *       falls on all of them alike.</li>
 * </ol>
 * Prints each round, then per target requests/s over all rounds, p50, the worst round's p99,
 * errors (socket errors and non-2xx answers), the ratio to the faster hello-world and the process
 * RSS. Run (needs {@code wrk}):
 * <pre>
 * mvn -B -q -DskipTests install &amp;&amp; mvn -B -q -pl appraisal-cli test-compile &amp;&amp; \
 *   java -XX:+UseSerialGC -cp appraisal-cli/target/test-classes:appraisal-cli/target/appraisal.jar appraisal.cli.bench.HttpBenchmark
 * </pre>
 * Options: {@code --seconds N} (each measured load, default 10), {@code --rounds N} (default 3),
 * {@code --connections N} (default 64).
 */
public final class HttpBenchmark {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern P50 = Pattern.compile("\\s50%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern P99 = Pattern.compile("\\s99%\\s+([0-9.]+)(us|ms|s)");
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");

    private static final String HELLO_DEFAULTS = "hello-world GET /hello (Javalin defaults)";
    private static final String HELLO_POOL = "hello-world GET /hello (" + ServerSettings.DEFAULT_THREADS + " threads)";
    private static final String READ = "GET /api/v1/agreements/{id}";
    private static final int WARM_UP_SECONDS = 10;

    private final PrintStream out;
    private final int seconds;
    private final int connections;
    private final int rounds;

    private HttpBenchmark(PrintStream out, int seconds, int connections, int rounds) {
        this.out = out;
        this.seconds = seconds;
        this.connections = connections;
        this.rounds = rounds;
    }

    /** One load's figures. */
    record Load(String name, double rate, double p50ms, double p99ms, long requests, long errors, long rssMb) {
    }

    public static void main(String[] args) throws Exception {
        int seconds = 10;
        int connections = 64;
        int rounds = 3;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--seconds")) {
                seconds = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--rounds")) {
                rounds = Integer.parseInt(args[++i]);
            } else if (args[i].equals("--connections")) {
                connections = Integer.parseInt(args[++i]);
            } else {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        new HttpBenchmark(out, seconds, connections, rounds).run();
    }

    /** A target of the load: a URL, with a wrk script or none. */
    private record Target(String name, String url, Path script) {
    }

    private void run() throws Exception {
        Path dir = Files.createTempDirectory("appraisal-http-bench");
        try {
            Path db = dir.resolve("demo.db");
            out.println("demo database: " + db);
            Process demo = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"), "appraisal.cli.Main", "demo", "--db",
                    db.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("demo.log").toFile()).start();
            if (demo.waitFor() != 0) {
                throw new IllegalStateException("appraisal demo failed: " + Files.readString(dir.resolve("demo.log")));
            }
            Javalin hello = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.routes.get("/hello", ctx -> ctx.result("hello"));
            }).start("127.0.0.1", 0);
            Javalin helloPool = Javalin.create(config -> {
                config.startup.showJavalinBanner = false;
                config.jetty.threadPool = new QueuedThreadPool(ServerSettings.DEFAULT_THREADS, 4);
                config.routes.get("/hello", ctx -> ctx.result("hello"));
            }).start("127.0.0.1", 0);
            try (Store store = Store.open(db.toString());
                 PrintWriter logFile = new PrintWriter(Files.newBufferedWriter(dir.resolve("access.log")));
                 AccessLog log = new AccessLog(logFile)) {
                Application app = Main.application(store, Clock.systemDefaultZone());
                List<AgreementId> writable = prepare(app);
                String reader = token(app, "bench-reader", new PersonId("BRM-0001"));
                String writer = token(app, "bench-writer", new PersonId("BRM-MUEANG-01"));
                AgreementId read = app.agreements.ofAppraisee(new RoundId("2565-2"), new PersonId("BRM-MUEANG-01")).get(0).id();
                // As `appraisal serve` starts it: the page beside the API, the default settings, the access log to a file.
                ApiServer api = WebPages.server(ServeCommand.webUseCases(app), ServerSettings.local(0, log));
                api.start();
                String base = "http://127.0.0.1:" + api.port() + ApiServer.BASE;
                StringBuilder ids = new StringBuilder();
                writable.forEach(a -> ids.append(ids.length() == 0 ? "" : ",").append('"').append(a.value()).append('"'));
                List<Target> targets = List.of(
                        new Target(HELLO_DEFAULTS, "http://127.0.0.1:" + hello.port() + "/hello", null),
                        new Target(HELLO_POOL, "http://127.0.0.1:" + helloPool.port() + "/hello", null),
                        new Target(READ, base + "/agreements/" + read.value(), script(dir, "read.lua",
                                "wrk.headers[\"Authorization\"] = \"Bearer " + reader + "\"\n")),
                        new Target("PUT /api/v1/agreements/{id}/items/P4/result", base + "/agreements/", script(dir, "write.lua",
                                "local ids = {" + ids + "}\nlocal n = 0\n"
                                        + "wrk.method = \"PUT\"\n"
                                        + "wrk.headers[\"Authorization\"] = \"Bearer " + writer + "\"\n"
                                        + "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
                                        + "wrk.headers[\"If-Match\"] = \"*\"\n"
                                        + "request = function()\n  n = n + 1\n  local id = ids[(n % #ids) + 1]\n"
                                        + "  local body = '{\"facts\":{\"wdf.overdue_debt_reduced_pct\":' .. (n % 40) .. '}}'\n"
                                        + "  return wrk.format(nil, wrk.path .. id .. \"/items/P4/result\", nil, body)\nend\n")));
                for (Target t : targets) {
                    wrk(t.url(), t.script(), WARM_UP_SECONDS); // JIT (both compilers), connection pools, what the server keeps
                }
                Map<String, List<Load>> measured = new LinkedHashMap<>();
                for (int round = 1; round <= rounds; round++) {
                    for (Target t : targets) {
                        Load l = load(t, dir);
                        measured.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(l);
                        out.printf(Locale.ROOT, "round %d  %-46s %10.0f req/s  p99 %8.2f ms  errors %d%n", round, t.name(), l.rate(),
                                l.p99ms(), l.errors());
                    }
                }
                api.stop();
                report(measured);
            } finally {
                hello.stop();
                helloPool.stop();
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** 64 staff under the Mueang head, each with an agreement both have signed. */
    private static List<AgreementId> prepare(Application app) {
        PersonId head = new PersonId("BRM-MUEANG-01");
        List<Person> staff = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            staff.add(new Person(new PersonId(String.format(Locale.ROOT, "BENCH-%02d", i)), "ผู้ทดสอบ " + i, "นักวิชาการพัฒนาชุมชน",
                    PositionLevel.K1, new OrgUnitId("BRM-MUEANG"), Optional.of(head), false));
        }
        PersonId setup = new PersonId("bench");
        app.importOrg.importOrg(new ImportOrgCommand(ImmutableList.of(), ImmutableList.copyOf(staff), setup));
        List<AgreementId> ids = new ArrayList<>();
        for (Person p : staff) {
            AgreementId id = app.draft.draft(new DraftAgreementCommand(new RoundId("2565-2"), p.id(), head, Optional.empty(), Facts.NONE,
                    ImmutableList.of(ItemDraft.of("P4", Section.INDIVIDUAL, new BigDecimal("100"))), head));
            app.sign.sign(new SignAgreementCommand(AgreementChange.of(id, p.id())));
            app.sign.sign(new SignAgreementCommand(AgreementChange.of(id, head)));
            ids.add(id);
        }
        return ids;
    }

    /** A token for the person's account: the demo's when it made one for them, else a new one. */
    private static String token(Application app, String fallback, PersonId person) {
        String name = app.users.users().stream().filter(u -> u.person().equals(Optional.of(person))).map(UserAccount::username)
                .findFirst().orElseGet(() -> {
                    app.users.addUser(new AddUserCommand(fallback, "benchmark password".toCharArray(), Optional.of(person), false,
                            new PersonId("bench")));
                    return fallback;
                });
        return app.tokens.issueToken(new IssueTokenCommand(name, "benchmark", Duration.ofDays(1),
                new Principal(name, Optional.of(person), false))).secret();
    }

    private static Path script(Path dir, String name, String lua) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, lua);
        return file;
    }

    private Load load(Target t, Path dir) throws Exception {
        String text = wrk(t.url(), t.script(), seconds);
        Files.writeString(dir.resolve("wrk.log"), text);
        long socket = 0;
        Matcher s = SOCKET.matcher(text);
        if (s.find()) {
            for (int g = 1; g <= 4; g++) {
                socket += Long.parseLong(s.group(g));
            }
        }
        Matcher n = NON_2XX.matcher(text);
        long non2xx = n.find() ? Long.parseLong(n.group(1)) : 0;
        return new Load(t.name(), number(RATE, text), millis(P50, text), millis(P99, text), (long) number(TOTAL, text), socket + non2xx,
                rssMb());
    }

    private String wrk(String url, Path script, int duration) throws Exception {
        List<String> command = new ArrayList<>(List.of("wrk", "-t", "2", "-c", String.valueOf(connections), "-d", duration + "s",
                "--latency", "--timeout", "5s"));
        if (script != null) {
            command.add("-s");
            command.add(script.toString());
        }
        command.add(url);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("wrk failed: " + text);
        }
        return text;
    }

    private static double number(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in wrk's output:\n" + text);
        }
        return Double.parseDouble(m.group(1));
    }

    private static double millis(Pattern p, String text) {
        Matcher m = p.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + p + " in wrk's output:\n" + text);
        }
        double v = Double.parseDouble(m.group(1));
        return m.group(2).equals("us") ? v / 1000 : m.group(2).equals("s") ? v * 1000 : v;
    }

    private static long rssMb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }

    /**
     * Per target over the rounds: the rate is all its requests over all its seconds; p50 the median
     * of the rounds' p50; p99 the worst round's (percentiles of separate runs cannot be merged, so
     * the figure is the one no round exceeded). The reads are held to the faster hello-world.
     */
    private void report(Map<String, List<Load>> measured) {
        List<Load> totals = new ArrayList<>();
        measured.forEach((name, loads) -> {
            long requests = loads.stream().mapToLong(Load::requests).sum();
            double rate = requests / (double) (seconds * loads.size());
            double[] p50 = loads.stream().mapToDouble(Load::p50ms).sorted().toArray();
            totals.add(new Load(name, rate, p50[p50.length / 2], loads.stream().mapToDouble(Load::p99ms).max().orElseThrow(), requests,
                    loads.stream().mapToLong(Load::errors).sum(), loads.get(loads.size() - 1).rssMb()));
        });
        double hello = totals.stream().filter(l -> l.name().startsWith("hello")).mapToDouble(Load::rate).max().orElseThrow();
        out.printf(Locale.ROOT, "%n%-46s %10s %8s %8s %10s %7s %8s %8s%n", "load (wrk -t2 -c" + connections + ", " + rounds + " x " + seconds
                + " s)", "req/s", "p50 ms", "p99 ms", "requests", "errors", "x hello", "RSS MB");
        for (Load l : totals) {
            out.printf(Locale.ROOT, "%-46s %10.0f %8.2f %8.2f %10d %7d %8.2f %8d%n", l.name(), l.rate(), l.p50ms(), l.p99ms(), l.requests(),
                    l.errors(), l.rate() / hello, l.rssMb());
        }
        Load read = totals.stream().filter(l -> l.name().equals(READ)).findFirst().orElseThrow();
        out.printf(Locale.ROOT, "%ngoal: reads >= 50%% of the faster hello-world (%.0f%%) with p99 < 20 ms (%.2f ms) and no errors (%d): %s%n",
                100 * read.rate() / hello, read.p99ms(), read.errors(),
                read.rate() >= 0.5 * hello && read.p99ms() < 20 && read.errors() == 0 ? "met" : "NOT met");
    }
}
