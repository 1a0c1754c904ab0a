package appraisal.cli.bench;

import appraisal.cli.Application;
import appraisal.cli.NationalDemo;
import appraisal.cli.demo.DemoClock;
import appraisal.cli.demo.NationalDepartment;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.port.in.cascade.RollUpReport;
import appraisal.domain.port.in.scoring.RoundScores;
import appraisal.interchange.Syntax;
import appraisal.interchange.TreeText;
import appraisal.persistence.Store;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The national benchmark: one run, fresh SQLite files, figures printed.
 *
 * <ol>
 *   <li>Generates the national dataset in memory ({@link NationalDepartment}: 76 provinces, 878
 *       districts, ~10,000 staff; 12 team indicators) and registers it (org, round, rubric).</li>
 *   <li>(a) The cascade through the use cases, persisted: the department broadcasts to every
 *       province, each province to its districts, every head derives their staff (~10,000
 *       agreements of 12 items). Three times, each on a fresh file, after an untimed warm-up
 *       cascade of a small department: one transaction per use case (as 1,031 separate commands
 *       would run), the whole cascade in one transaction (as the reference writes), and one
 *       transaction per province (as the demo runs it).</li>
 *   <li>(b) The reference: the same rows (every row of the agreement tables, the audit events the
 *       cascade appended, the id counter) written by plain JDBC batch inserts in one transaction
 *       into the same schema in a fresh file, with the same settings (WAL, synchronous=FULL,
 *       foreign keys on, temporary storage in memory).</li>
 *   <li>Signing, results and evaluations for the round through the use cases (untimed here: it is
 *       the demo's data, not the goal), then (c) scoring the whole round ({@code ScoreRoundUseCase})
 *       and rolling up every province head's agreement ({@code RollUpUseCase}), timed four times (cold, then three warm runs, with their median).</li>
 * </ol>
 * Prints seconds, rows, the cascade/JDBC ratios (wall clock, and CPU time of the thread) and the peak heap of each phase (sum of the heap
 * pools' peaks, reset before each phase). Run (see README, Benchmarks):
 * <pre>
 * mvn -B -q -DskipTests package &amp;&amp; java -XX:+UseSerialGC -cp appraisal-cli/target/test-classes:appraisal-cli/target/appraisal.jar appraisal.cli.bench.NationalBenchmark
 * </pre>
 * Options: {@code --seed N}, {@code --only cascade} (stop after (b)), {@code --dir DIR} (where the files go, kept; by default a
 * temporary directory, deleted at the end), {@code --provinces N --districts N --people N} (a smaller department).
 */
public final class NationalBenchmark {

    private static final RoundId ROUND = new RoundId("2565-2");
    /** The tables an agreement is stored in, parents first (foreign keys). */
    private static final List<String> AGREEMENT_TABLES = List.of("agreement", "agreement_item", "item_target_adjustment",
            "agreement_signature", "agreement_revision", "item_result", "evidence", "item_evaluation", "competency_level",
            "agreement_reopening");

    private final PrintStream out;
    private final boolean cascadeOnly;

    private NationalBenchmark(PrintStream out, boolean cascadeOnly) {
        this.out = out;
        this.cascadeOnly = cascadeOnly;
    }

    public static void main(String[] args) throws Exception {
        long seed = 2565;
        Path dir = null;
        NationalDepartment.Size size = NationalDepartment.Size.NATIONAL;
        boolean cascadeOnly = false;
        for (int i = 0; i < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(value);
                case "--only" -> cascadeOnly = value.equals("cascade");
                case "--dir" -> dir = Path.of(value);
                case "--provinces" -> size = new NationalDepartment.Size(Integer.parseInt(value), size.districts(), size.people());
                case "--districts" -> size = new NationalDepartment.Size(size.provinces(), Integer.parseInt(value), size.people());
                case "--people" -> size = new NationalDepartment.Size(size.provinces(), size.districts(), Integer.parseInt(value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        boolean temporary = dir == null;
        if (temporary) {
            dir = Files.createTempDirectory("national-bench-");
        }
        try {
            new NationalBenchmark(System.out, cascadeOnly).run(size, seed, dir);
        } finally {
            if (temporary) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                }
            }
        }
    }

    private void run(NationalDepartment.Size size, long seed, Path dir) throws Exception {
        out.printf(Locale.ROOT, "National benchmark: seed %d, %s, files in %s, %d processors, max heap %d MB, Java %s%n", seed, size,
                dir, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        Node team = resource("demo/buriram-2565-r2-team.yaml");
        Node roundFile = resource("demo/buriram-2565-r2-round.yaml");

        Phase generate = phase(() -> new NationalDepartment(size, seed));
        NationalDepartment department = generate.result();
        out.printf(Locale.ROOT, "dataset in memory: %d units, %d people, %d districts in %.2f s, peak heap %d MB%n",
                department.units().size(), department.people().size(), department.districtCount(), generate.seconds, generate.peakMb);

        // A small department's cascade first, untimed, so no mode below pays the JIT's warm-up alone.
        Path scratch = dir.resolve("warm-up.db");
        try (Store store = Store.open(scratch.toString())) {
            DemoClock clock = new DemoClock(LocalDate.of(2022, 4, 1));
            NationalDemo warmUp = new NationalDemo(application(store, clock), clock,
                    new NationalDepartment(new NationalDepartment.Size(4, 40, 500), seed), team, roundFile, seed);
            warmUp.register();
            warmUp.cascade(NationalDemo.Transactions.PER_PROVINCE);
        }

        // (a) the cascade through the use cases, each way of grouping its use cases into transactions on a fresh file.
        Map<NationalDemo.Transactions, Double> cascadeSeconds = new LinkedHashMap<>();
        Map<NationalDemo.Transactions, Double> cascadeCpu = new LinkedHashMap<>();
        Path perUseCase = dir.resolve("cascade-per-use-case.db");
        long auditSeqBefore;
        try (Store store = Store.open(perUseCase.toString())) {
            Cascaded a = cascade(store, perUseCase, department, team, roundFile, seed, NationalDemo.Transactions.PER_USE_CASE);
            cascadeSeconds.put(NationalDemo.Transactions.PER_USE_CASE, a.seconds);
            cascadeCpu.put(NationalDemo.Transactions.PER_USE_CASE, a.cpu);
            auditSeqBefore = a.auditSeqBefore;
        }
        Path whole = dir.resolve("cascade-one-transaction.db");
        try (Store store = Store.open(whole.toString())) {
            Cascaded one = cascade(store, whole, department, team, roundFile, seed, NationalDemo.Transactions.ONE);
            cascadeSeconds.put(NationalDemo.Transactions.ONE, one.seconds);
            cascadeCpu.put(NationalDemo.Transactions.ONE, one.cpu);
        }
        Path perProvince = dir.resolve("cascade-per-province.db");
        try (Store store = Store.open(perProvince.toString())) {
            Cascaded a2 = cascade(store, perProvince, department, team, roundFile, seed, NationalDemo.Transactions.PER_PROVINCE);
            cascadeSeconds.put(NationalDemo.Transactions.PER_PROVINCE, a2.seconds);
            cascadeCpu.put(NationalDemo.Transactions.PER_PROVINCE, a2.cpu);

            // (b) the same rows by plain JDBC batch inserts in one transaction.
            Rows rows = Rows.read(perUseCase, auditSeqBefore);
            Path jdbcFile = dir.resolve("jdbc-reference.db");
            try (Store schema = Store.open(jdbcFile.toString())) {
                schema.schemaVersion();
            }
            Phase b = phase(() -> rows.insertInto(jdbcFile));
            out.printf(Locale.ROOT, "(b) plain JDBC batch inserts, one transaction: %d rows (%s) in %.2f s (%.2f s CPU; "
                            + "whole process %.2f s), peak heap %d MB%n",
                    rows.count(), rows.describe(), b.seconds, b.cpu, b.processCpu, b.peakMb);
            StringBuilder ratios = new StringBuilder();
            cascadeSeconds.forEach((mode, seconds) -> ratios.append(ratios.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%.2f (%s)", seconds / b.seconds, describe(mode))));
            out.println("    ratio cascade/JDBC: " + ratios);
            // The same in CPU time of the thread: what the code costs, without the waits of a shared machine and its disk.
            StringBuilder cpuRatios = new StringBuilder();
            cascadeCpu.forEach((mode, cpu) -> cpuRatios.append(cpuRatios.length() == 0 ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%.2f (%s)", cpu / b.cpu, describe(mode))));
            out.println("    ratio cascade/JDBC in CPU time: " + cpuRatios);
            if (cascadeOnly) {
                return;
            }
            // The rest of the round, so the scores and roll-ups have results to read (untimed as a goal: demo data).
            Phase report = phase(a2.demo::report);
            NationalDemo.Progress progress = report.result();
            out.printf(Locale.ROOT, "signing, results, self-assessment and evaluations (use cases, a transaction per province): "
                            + "%d agreements, %d signed, %d self-assessed, %d evaluated in %.1f s, peak heap %d MB%n",
                    progress.agreements(), progress.signed(), progress.selfAssessed(), progress.evaluated(), report.seconds, report.peakMb);
            List<Double> warm = new ArrayList<>();
            for (String run : List.of("cold", "warm 1", "warm 2", "warm 3")) {
                Phase score = phase(() -> a2.app.scoreRound.score(ROUND));
                if (!run.equals("cold")) {
                    warm.add(score.seconds);
                }
                RoundScores scores = score.result();
                Phase rollUp = phase(() -> {
                    int items = 0;
                    for (AgreementId province : a2.demo.provinceAgreements()) {
                        RollUpReport rolled = a2.app.rollUp.rollUp(province);
                        items += rolled.items().size();
                    }
                    return items;
                });
                int items = rollUp.result();
                out.printf(Locale.ROOT, "(c) %s: score the round: %d scored, %d not yet scorable in %.2f s wall (CPU: %.2f s this thread, "
                                + "%.2f s the whole process), peak heap %d MB; "
                                + "roll up %d provinces (%d items) in %.2f s (%.2f s CPU), peak heap %d MB; both %.2f s%n", run,
                        scores.scores().size(), scores.unscored().size(), score.seconds, score.cpu, score.processCpu, score.peakMb,
                        a2.demo.provinceAgreements().size(), items, rollUp.seconds, rollUp.cpu, rollUp.peakMb,
                        score.seconds + rollUp.seconds);
            }
            List<Double> sorted = warm.stream().sorted().toList();
            out.printf(Locale.ROOT, "    scoring the round once warm: median %.2f s wall (%.2f to %.2f s over %d runs)%n", sorted.get(sorted.size() / 2),
                    sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
            // Where scoring's time goes: loading the round's agreements from the store, the part the domain does not control.
            Phase load = phase(() -> store.agreements().inRound(ROUND));
            List<?> loaded = load.result();
            out.printf(Locale.ROOT, "    of which loading the round's %d agreements from the store (AgreementRepository.inRound) alone: "
                    + "%.2f s wall (CPU: %.2f s this thread, %.2f s the whole process), peak heap %d MB%n", loaded.size(), load.seconds,
                    load.cpu, load.processCpu, load.peakMb);
            out.printf(Locale.ROOT, "    (c)'s wall clock uses every core (%d here): the store loads a big round in parts side by side, and scoring "
                    + "scores agreements in parallel; the whole process's CPU is the sum over its threads, the collector's and the JIT's "
                    + "included%n", Runtime.getRuntime().availableProcessors());
        }
        out.printf(Locale.ROOT, "heap in use at the end: %d MB (Runtime)%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
    }

    private static String describe(NationalDemo.Transactions mode) {
        return switch (mode) {
            case PER_USE_CASE -> "a transaction per use case";
            case PER_PROVINCE -> "a transaction per province";
            case ONE -> "one transaction";
        };
    }

    /** A cascade on a fresh store, timed from the first broadcast to the last derive's commit. */
    private Cascaded cascade(Store store, Path file, NationalDepartment department, Node team, Node roundFile, long seed,
                             NationalDemo.Transactions mode) throws SQLException {
        DemoClock clock = new DemoClock(LocalDate.of(2022, 4, 1));
        Application app = application(store, clock);
        NationalDemo demo = new NationalDemo(app, clock, department, team, roundFile, seed);
        Phase register = phase(() -> {
            demo.register();
            return null;
        });
        long seqBefore = maxAuditSeq(file);
        Phase cascade = phase(() -> demo.cascade(mode));
        NationalDemo.Cascade c = cascade.result();
        out.printf(Locale.ROOT, "(a) cascade through the use cases, %s: %d broadcasts + %d derives -> %d agreements "
                        + "in %.2f s (%.2f s CPU; whole process %.2f s), peak heap %d MB (registering org, round and rubric before it: %.2f s)%n",
                describe(mode), c.broadcasts(), c.derives(), c.agreements(), cascade.seconds, cascade.cpu, cascade.processCpu,
                cascade.peakMb, register.seconds);
        return new Cascaded(cascade.seconds, cascade.cpu, seqBefore, app, demo);
    }

    private static Application application(Store store, DemoClock clock) {
        return appraisal.cli.Main.application(store, clock);
    }

    private static long maxAuditSeq(Path file) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM audit_event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private record Cascaded(double seconds, double cpu, long auditSeqBefore, Application app, NationalDemo demo) {
    }

    /**
     * One phase's result, wall-clock seconds, the CPU seconds of the thread running it, the CPU seconds of the whole process
     * while it ran (every thread: the phase's helpers, and the garbage collector's and the JIT's too) and the peak heap.
     */
    private record Phase(Object value, double seconds, double cpu, double processCpu, long peakMb) {
        @SuppressWarnings("unchecked")
        <T> T result() {
            return (T) value;
        }
    }

    private static Phase phase(Supplier<?> work) {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        long processCpuStart = processCpuNanos();
        Object value = work.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpu = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e9;
        double processCpu = (processCpuNanos() - processCpuStart) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Phase(value, seconds, cpu, processCpu, peak >> 20);
    }

    /** CPU time of the whole JVM process so far (all its threads). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Node resource(String name) throws IOException {
        try (InputStream in = NationalBenchmark.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the class path; run with appraisal-cli/target/appraisal.jar");
            }
            return new TreeText().read(new String(in.readAllBytes(), StandardCharsets.UTF_8), Syntax.YAML, name).tree();
        }
    }

    /** Every row the cascade wrote, read back by plain JDBC: the agreement tables, its audit events, the id counter. */
    private static final class Rows {
        private final Map<String, List<String>> columns = new LinkedHashMap<>();
        private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();

        static Rows read(Path file, long auditSeqAfter) throws SQLException {
            Rows r = new Rows();
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                for (String table : AGREEMENT_TABLES) {
                    r.read(c, table, "SELECT * FROM " + table);
                }
                r.read(c, "audit_event", "SELECT * FROM audit_event WHERE seq > " + auditSeqAfter + " ORDER BY seq");
                r.read(c, "id_counter", "SELECT * FROM id_counter");
            }
            return r;
        }

        private void read(Connection c, String table, String sql) throws SQLException {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                ResultSetMetaData meta = rs.getMetaData();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    names.add(meta.getColumnName(i));
                }
                List<Object[]> out = new ArrayList<>();
                while (rs.next()) {
                    Object[] row = new Object[names.size()];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = rs.getObject(i + 1);
                    }
                    out.add(row);
                }
                columns.put(table, names);
                rows.put(table, out);
            }
        }

        int count() {
            return rows.values().stream().mapToInt(List::size).sum();
        }

        String describe() {
            StringBuilder sb = new StringBuilder();
            rows.forEach((t, r) -> {
                if (!r.isEmpty()) {
                    sb.append(sb.length() == 0 ? "" : ", ").append(t).append(' ').append(r.size());
                }
            });
            return sb.toString();
        }

        /** Inserts every row in one transaction, a batch per table; returns the row count. */
        int insertInto(Path file) {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA journal_mode=WAL");
                    s.execute("PRAGMA synchronous=FULL");
                    s.execute("PRAGMA foreign_keys=ON");
                    s.execute("PRAGMA temp_store=MEMORY"); // as the store's writer; these inserts use no temporary storage
                }
                c.setAutoCommit(false);
                for (Map.Entry<String, List<Object[]>> table : rows.entrySet()) {
                    List<String> names = columns.get(table.getKey());
                    String sql = "INSERT INTO " + table.getKey() + " (" + String.join(", ", names) + ") VALUES ("
                            + String.join(", ", names.stream().map(n -> "?").toList()) + ")";
                    try (PreparedStatement insert = c.prepareStatement(sql)) {
                        for (Object[] row : table.getValue()) {
                            for (int i = 0; i < row.length; i++) {
                                insert.setObject(i + 1, row[i]);
                            }
                            insert.addBatch();
                        }
                        insert.executeBatch();
                    }
                }
                c.commit();
                return count();
            } catch (SQLException e) {
                throw new IllegalStateException("the reference inserts failed: " + e.getMessage(), e);
            }
        }
    }
}
