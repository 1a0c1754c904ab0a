package appraisal.persistence;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementFixtures;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.EvidenceRef;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.org.PersonId;
import appraisal.persistence.AgreementRows.AdjustmentRow;
import appraisal.persistence.AgreementRows.CompetencyRow;
import appraisal.persistence.AgreementRows.EvidenceRow;
import appraisal.persistence.AgreementRows.HeaderRow;
import appraisal.persistence.AgreementRows.ItemEvaluationRow;
import appraisal.persistence.AgreementRows.ItemRow;
import appraisal.persistence.AgreementRows.ReopeningRow;
import appraisal.persistence.AgreementRows.ResultRow;
import appraisal.persistence.AgreementRows.RevisionRow;
import appraisal.persistence.AgreementRows.SignatureRow;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * How fast agreements are saved through {@code AgreementRepository.saveAll}, next to the same rows
 * written by plain JDBC batch inserts into the same schema with the same database settings, on a
 * SQLite file and on PostgreSQL (embedded, default durability: fsync on). A program, not a test:
 * see docs/persistence.md, "Benchmark", for how to run it and what it measured.
 *
 * <p>The agreements are 12-item agreements of a district office's staff, signed and
 * self-assessed: every item has a result with a measured value, a completed step and a flag, and
 * one piece of evidence. They are saved in transactions of {@value #CASCADE} agreements (a cascade).
 * The JDBC side gets its rows already mapped (untimed), so it measures the database alone; the
 * repository side pays for everything it does: snapshots, mapping, binding. Each side runs once
 * on {@value #WARM_UP} agreements to warm up, then on the full number, each time on a fresh database.
 *
 * <p>Arguments (all optional): number of agreements (default 10000), {@code sqlite} or
 * {@code postgresql} to run one database only.
 */
public final class RepositoryBenchmark {

    static final int ITEMS = 12;
    static final int CASCADE = 1_000;
    static final int WARM_UP = 1_000;

    private RepositoryBenchmark() {
    }

    /** The figures of one run of one side. */
    record Run(String database, String side, int agreements, long rows, double seconds) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String only = args.length > 1 ? args[1] : "";
        Path folder = Files.createTempDirectory("appraisal-benchmark");
        System.out.printf(Locale.ROOT, "Building %,d agreements of %d items with results...%n", count, ITEMS);
        long before = usedHeapAfterGc();
        List<Agreement> agreements = agreements(count, 2565);
        long built = usedHeapAfterGc();
        List<Agreement> warmUp = agreements(WARM_UP, 1);
        System.out.printf(Locale.ROOT, "  held in memory: %,d MB for %,d agreements%n", (built - before) >> 20, count);

        List<Run> runs = new ArrayList<>();
        if (!only.equals("postgresql")) {
            int[] n = {0};
            Function<String, StoreLocation> sqlite = name -> StoreLocation.parse(folder.resolve(name + "-" + (++n[0]) + ".db").toString());
            runs.addAll(compare("SQLite", sqlite, agreements, warmUp));
        }
        if (!only.equals("sqlite")) {
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
                int[] n = {0};
                Function<String, StoreLocation> database = name -> {
                    String db = name + "_" + (++n[0]);
                    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                        s.execute("CREATE DATABASE " + db);
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                    return StoreLocation.parse(postgres.getJdbcUrl("postgres", db));
                };
                runs.addAll(compare("PostgreSQL", database, agreements, warmUp));
            }
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "%-11s %-11s %11s %10s %9s %11s%n", "database", "path", "agreements", "rows", "seconds", "rows/s");
        for (Run r : runs) {
            System.out.printf(Locale.ROOT, "%-11s %-11s %,11d %,10d %9.2f %,11.0f%n", r.database(), r.side(), r.agreements(), r.rows(),
                    r.seconds(), r.rowsPerSecond());
        }
        for (int i = 0; i + 1 < runs.size(); i += 2) {
            System.out.printf(Locale.ROOT, "%-11s ratio repository / plain JDBC: %.2f%n", runs.get(i).database(),
                    runs.get(i).rowsPerSecond() / runs.get(i + 1).rowsPerSecond());
        }
        System.out.printf(Locale.ROOT, "peak heap: %,d MB (max %,d MB)%n", peakHeap() >> 20, Runtime.getRuntime().maxMemory() >> 20);
        deleteFolder(folder);
    }

    /** Warms up both sides, then measures the repository and plain JDBC, each on a fresh, migrated database. */
    private static List<Run> compare(String database, Function<String, StoreLocation> fresh, List<Agreement> agreements,
                                     List<Agreement> warmUp) throws SQLException {
        System.out.println(database + ": warming up...");
        repository(database, fresh.apply("warm_repository"), copies(warmUp));
        jdbc(database, fresh.apply("warm_jdbc"), copies(warmUp));
        System.out.println(database + ": measuring...");
        Run repository = repository(database, fresh.apply("repository"), copies(agreements));
        Run jdbc = jdbc(database, fresh.apply("jdbc"), copies(agreements));
        return List.of(repository, jdbc);
    }

    /** A store with its audit key where the tests keep theirs (for PostgreSQL not the working directory). */
    private static Store open(StoreLocation location) {
        return Store.open(location, CriterionCodec.withInstalledKinds(), LoadInParts.byCores(),
                TestDatabase.valueOf(location.dialect().name()).auditKey(location));
    }

    private static Run repository(String database, StoreLocation location, List<Agreement> agreements) {
        try (Store store = open(location)) {
            long start = System.nanoTime();
            for (int from = 0; from < agreements.size(); from += CASCADE) {
                List<Agreement> cascade = agreements.subList(from, Math.min(agreements.size(), from + CASCADE));
                store.unitOfWork().run(() -> store.agreements().saveAll(cascade));
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Run(database, "repository", agreements.size(), countRows(store), seconds);
        }
    }

    private static Run jdbc(String database, StoreLocation location, List<Agreement> agreements) throws SQLException {
        open(location).close();
        AgreementMapping mapping = new AgreementMapping(new JsonColumns(CriterionCodec.withInstalledKinds()));
        List<AgreementRows> rows = new ArrayList<>(agreements.size());
        long count = 0;
        for (Agreement a : agreements) {
            AgreementRows r = mapping.toRows(a.snapshot(), a.version() + 1);
            rows.add(r);
            count += rowsOf(r);
        }
        try (Connection c = Store.dataSource(location).getConnection()) {
            c.setAutoCommit(false);
            long start = System.nanoTime();
            for (int from = 0; from < rows.size(); from += CASCADE) {
                insert(c, rows.subList(from, Math.min(rows.size(), from + CASCADE)));
                c.commit();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Run(database, "plain JDBC", agreements.size(), count, seconds);
        }
    }

    private static long countRows(Store store) {
        return store.maintenance().inspect().rows().values().stream().mapToLong(Long::longValue).sum();
    }

    private static long rowsOf(AgreementRows r) {
        return 1L + r.items().size() + r.adjustments().size() + r.signatures().size() + r.revisions().size() + r.results().size()
                + r.evidence().size() + r.itemEvaluations().size() + r.competencies().size() + r.reopenings().size();
    }

    // ---------------------------------------------------------------- plain JDBC: one batch per table

    /** How one kind of row binds to its INSERT's parameters. */
    private interface Binder<R> {
        void bind(PreparedStatement ps, R row) throws SQLException;
    }

    private static <R> void batch(Connection c, List<AgreementRows> agreements, Function<AgreementRows, List<R>> rowsOf, String sql,
                                  Binder<R> binder) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int n = 0;
            for (AgreementRows a : agreements) {
                for (R row : rowsOf.apply(a)) {
                    binder.bind(ps, row);
                    ps.addBatch();
                    n++;
                }
            }
            if (n > 0) {
                ps.executeBatch();
            }
        }
    }

    private static void insert(Connection c, List<AgreementRows> agreements) throws SQLException {
        batch(c, agreements, a -> List.of(a.header()), "INSERT INTO agreement (id, round_id, appraisee_id, evaluator_id, parent_id, "
                + "status, version, revision, evaluated_by, evaluated_at, ack_kind, ack_by, ack_witness, ack_note, ack_at, reviewed_by, "
                + "review_opinion, reviewed_at, context) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (ps, r) -> {
                    HeaderRow h = r;
                    text(ps, 1, h.id(), h.roundId(), h.appraiseeId(), h.evaluatorId(), h.parentId(), h.status());
                    ps.setLong(7, h.version());
                    ps.setInt(8, h.revision());
                    text(ps, 9, h.evaluatedBy(), h.evaluatedAt(), h.ack().kind(), h.ack().by(), h.ack().witness(), h.ack().note(),
                            h.ack().at(), h.review().by(), h.review().opinion(), h.review().at(), h.context());
                });
        batch(c, agreements, AgreementRows::items, "INSERT INTO agreement_item (agreement_id, revision, item_id, ordinal, section, "
                + "indicator_code, indicator_version, weight, responsible_unit, parent_agreement_id, parent_item_id, adjustment_reason) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (ps, r) -> {
                    ItemRow i = r;
                    ps.setString(1, i.agreementId());
                    ps.setInt(2, i.revision());
                    ps.setString(3, i.itemId());
                    ps.setInt(4, i.ordinal());
                    text(ps, 5, i.section(), i.indicatorCode());
                    ps.setInt(7, i.indicatorVersion());
                    text(ps, 8, i.weight(), i.responsibleUnit(), i.parentAgreementId(), i.parentItemId(), i.adjustmentReason());
                });
        batch(c, agreements, AgreementRows::adjustments, "INSERT INTO item_target_adjustment (agreement_id, revision, item_id, level, "
                + "criterion) VALUES (?, ?, ?, ?, ?)", (ps, r) -> {
                    AdjustmentRow a = r;
                    ps.setString(1, a.agreementId());
                    ps.setInt(2, a.revision());
                    ps.setString(3, a.itemId());
                    ps.setInt(4, a.level());
                    ps.setString(5, a.criterion());
                });
        batch(c, agreements, AgreementRows::signatures, "INSERT INTO agreement_signature (agreement_id, revision, role, ordinal, "
                + "signer_id, signed_at) VALUES (?, ?, ?, ?, ?, ?)", (ps, r) -> {
                    SignatureRow s = r;
                    ps.setString(1, s.agreementId());
                    ps.setInt(2, s.revision());
                    ps.setString(3, s.role());
                    ps.setInt(4, s.ordinal());
                    text(ps, 5, s.signerId(), s.signedAt());
                });
        batch(c, agreements, AgreementRows::revisions, "INSERT INTO agreement_revision (agreement_id, revision, amended_by, "
                + "amendment_reason, amended_at, context) VALUES (?, ?, ?, ?, ?, ?)", (ps, r) -> {
                    RevisionRow v = r;
                    ps.setString(1, v.agreementId());
                    ps.setInt(2, v.revision());
                    text(ps, 3, v.amendedBy(), v.amendmentReason(), v.amendedAt(), v.context());
                });
        batch(c, agreements, AgreementRows::results, "INSERT INTO item_result (agreement_id, item_id, ordinal, reported_by, reported_at, "
                + "facts) VALUES (?, ?, ?, ?, ?, ?)", (ps, r) -> {
                    ResultRow s = r;
                    text(ps, 1, s.agreementId(), s.itemId());
                    ps.setInt(3, s.ordinal());
                    text(ps, 4, s.reportedBy(), s.reportedAt(), s.facts());
                });
        batch(c, agreements, AgreementRows::evidence, "INSERT INTO evidence (agreement_id, item_id, ordinal, name, uri, sha256, "
                + "size_bytes, media_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (ps, r) -> {
                    EvidenceRow e = r;
                    text(ps, 1, e.agreementId(), e.itemId());
                    ps.setInt(3, e.ordinal());
                    text(ps, 4, e.name(), e.uri(), e.sha256());
                    ps.setLong(7, e.sizeBytes());
                    ps.setString(8, e.mediaType());
                });
        batch(c, agreements, AgreementRows::itemEvaluations, "INSERT INTO item_evaluation (agreement_id, item_id, ordinal, override_level, "
                + "override_reason, comment, judgements) VALUES (?, ?, ?, ?, ?, ?, ?)", (ps, r) -> {
                    ItemEvaluationRow e = r;
                    text(ps, 1, e.agreementId(), e.itemId());
                    ps.setInt(3, e.ordinal());
                    if (e.overrideLevel() == null) {
                        ps.setNull(4, Types.INTEGER);
                    } else {
                        ps.setInt(4, e.overrideLevel());
                    }
                    text(ps, 5, e.overrideReason(), e.comment(), e.judgements());
                });
        batch(c, agreements, AgreementRows::competencies, "INSERT INTO competency_level (agreement_id, code, ordinal, level) "
                + "VALUES (?, ?, ?, ?)", (ps, r) -> {
                    CompetencyRow k = r;
                    text(ps, 1, k.agreementId(), k.code());
                    ps.setInt(3, k.ordinal());
                    ps.setInt(4, k.level());
                });
        batch(c, agreements, AgreementRows::reopenings, "INSERT INTO agreement_reopening (agreement_id, ordinal, reopened_by, reason, "
                + "reopened_at, from_status, ack_kind, ack_by, ack_witness, ack_note, ack_at, reviewed_by, review_opinion, reviewed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (ps, r) -> {
                    ReopeningRow o = r;
                    ps.setString(1, o.agreementId());
                    ps.setInt(2, o.ordinal());
                    text(ps, 3, o.reopenedBy(), o.reason(), o.reopenedAt(), o.fromStatus(), o.ack().kind(), o.ack().by(), o.ack().witness(),
                            o.ack().note(), o.ack().at(), o.review().by(), o.review().opinion(), o.review().at());
                });
    }

    private static void text(PreparedStatement ps, int first, String... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setString(first + i, values[i]);
        }
    }

    // ---------------------------------------------------------------- the agreements

    /**
     * {@code count} self-assessed agreements of 12 items: a district office's staff, each item with
     * a measured percentage, a step done on a date, a yes/no fact and a report as evidence.
     */
    static List<Agreement> agreements(int count, long seed) {
        Random random = new Random(seed);
        List<Item> items = CascadeWriter.twelveItems();
        List<Agreement> out = new ArrayList<>(count);
        AgreementId head = new AgreementId("agr-2565-2-province");
        for (int i = 1; i <= count; i++) {
            String id = String.format("agr-2565-2-staff-%05d", i);
            PersonId appraisee = new PersonId(String.format("staff-%05d", i));
            PersonId evaluator = new PersonId(String.format("district-head-%03d", 1 + i % 878));
            Agreement a = AgreementFixtures.anAgreement().id(id).parent(head).appraisee(appraisee).evaluator(evaluator).items(items).draft();
            a.sign(appraisee, AgreementFixtures.day(1));
            a.sign(evaluator, AgreementFixtures.day(2));
            for (Item item : items) {
                Facts facts = Facts.of(Map.of(
                        "percent", FactValue.of(BigDecimal.valueOf(6000 + random.nextInt(4001), 2).toPlainString()),
                        "report.sent", FactValue.Completion.doneOn(LocalDate.of(2022, 8, 1 + random.nextInt(28))),
                        "target.met", FactValue.flag(random.nextBoolean())));
                EvidenceRef report = new EvidenceRef.File("รายงานผล-" + item.id().value() + ".pdf",
                        String.format("%064x", random.nextLong() & Long.MAX_VALUE), 10_000 + random.nextInt(2_000_000), "application/pdf");
                a.recordResult(item.id(), facts, List.of(report), appraisee, AgreementFixtures.day(150 + random.nextInt(20)));
            }
            a.submitSelfAssessment(appraisee, AgreementFixtures.day(175));
            a.clearPendingEvents();
            out.add(a);
        }
        return out;
    }

    /** Fresh copies (version 0), so each run inserts. */
    private static List<Agreement> copies(List<Agreement> agreements) {
        List<Agreement> out = new ArrayList<>(agreements.size());
        agreements.forEach(a -> out.add(Agreement.restore(a.snapshot())));
        return out;
    }

    // ---------------------------------------------------------------- memory

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long peakHeap() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }

    private static void deleteFolder(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
