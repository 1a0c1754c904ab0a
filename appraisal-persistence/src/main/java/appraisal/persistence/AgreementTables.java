package appraisal.persistence;

import appraisal.persistence.AgreementRows.AckColumns;
import appraisal.persistence.AgreementRows.AdjustmentRow;
import appraisal.persistence.AgreementRows.CompetencyRow;
import appraisal.persistence.AgreementRows.EvidenceRow;
import appraisal.persistence.AgreementRows.HeaderRow;
import appraisal.persistence.AgreementRows.ItemEvaluationRow;
import appraisal.persistence.AgreementRows.ItemRow;
import appraisal.persistence.AgreementRows.ReopeningRow;
import appraisal.persistence.AgreementRows.ResultRow;
import appraisal.persistence.AgreementRows.RevisionRow;
import appraisal.persistence.AgreementRows.ReviewColumns;
import appraisal.persistence.AgreementRows.SignatureRow;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The SQL of the agreement tables: batched writes of many agreements' rows at once (a cascade is
 * a few statements per table, not one round trip per row) and loads of every agreement a
 * {@link Selection} picks with one query per table, read side by side agreement by agreement.
 */
final class AgreementTables {

    /**
     * Which agreements to load: a condition on table {@code agreement} (alias {@code a}) with
     * {@code ?} parameters, and their text values in order; and a condition the child tables'
     * queries add on their own key (alias {@code c}), with its values (empty for most selections).
     */
    record Selection(String where, List<String> params, String childWhere, List<String> childParams) {

        Selection(String where, List<String> params) {
            this(where, params, "", List.of());
        }

        static Selection byId(String id) {
            return new Selection("a.id = ?", List.of(id));
        }

        static Selection inRound(String round) {
            return new Selection("a.round_id = ?", List.of(round));
        }

        static Selection ofAppraisee(String round, String appraisee) {
            return new Selection("a.round_id = ? AND a.appraisee_id = ?", List.of(round, appraisee));
        }

        static Selection childrenOf(String parent) {
            return new Selection("a.parent_id = ?", List.of(parent));
        }

        /**
         * The agreements of this selection whose id is from {@code from} (inclusive; null: from the
         * first) until {@code until} (exclusive; null: to the last). The child tables' queries are
         * bounded by the same range on their key too, so that each part of a load walks only its
         * own stretch of every table rather than the whole table.
         */
        Selection between(String from, String until) {
            StringBuilder range = new StringBuilder();
            StringBuilder childRange = new StringBuilder();
            List<String> bounds = new ArrayList<>();
            if (from != null) {
                range.append(" AND a.id >= ?");
                childRange.append(" AND c.agreement_id >= ?");
                bounds.add(from);
            }
            if (until != null) {
                range.append(" AND a.id < ?");
                childRange.append(" AND c.agreement_id < ?");
                bounds.add(until);
            }
            List<String> all = new ArrayList<>(params);
            all.addAll(bounds);
            return new Selection(where + range, List.copyOf(all), childWhere + childRange,
                    List.copyOf(concat(childParams, bounds)));
        }

        /** The values of a child table's query: those of the agreements' condition, then those of its own. */
        List<String> childQueryParams() {
            return childParams.isEmpty() ? params : concat(params, childParams);
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }

    private static final String HEADER_COLUMNS = "id, round_id, appraisee_id, evaluator_id, parent_id, status, version, revision, "
            + "evaluated_by, evaluated_at, ack_kind, ack_by, ack_witness, ack_note, ack_at, reviewed_by, review_opinion, reviewed_at, context";

    /** Child tables whose rows a save replaces; adjustments and evidence go with their items and results (ON DELETE CASCADE). */
    private static final List<String> REPLACED_TABLES = List.of("agreement_item", "agreement_signature", "agreement_revision",
            "item_result", "item_evaluation", "competency_level", "agreement_reopening");

    private final LongAdder batchesExecuted = new LongAdder();
    private final boolean oneSnapshot;

    /** {@code oneSnapshot}: the database's reads in a transaction see one snapshot, so a load needs no re-check of versions. */
    AgreementTables(boolean oneSnapshot) {
        this.oneSnapshot = oneSnapshot;
    }

    // ---------------------------------------------------------------- writing

    /** Inserts new agreements' headers unless the id is taken; per row, 1 if inserted, 0 if the id was taken. */
    int[] insertHeaders(Handle h, List<HeaderRow> headers) {
        return batch(h, "INSERT INTO agreement (" + HEADER_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (id) DO NOTHING", headers, (ps, r) -> {
                    ps.setString(1, r.id());
                    bindHeader(ps, r, 2);
                }, headers.size());
    }

    /** Updates stored headers whose version is still {@code row.version() - 1}; per row, 1 if updated, 0 if stale. */
    int[] updateHeaders(Handle h, List<HeaderRow> headers) {
        return batch(h, """
                UPDATE agreement SET round_id = ?, appraisee_id = ?, evaluator_id = ?, parent_id = ?, status = ?, version = ?,
                    revision = ?, evaluated_by = ?, evaluated_at = ?, ack_kind = ?, ack_by = ?, ack_witness = ?, ack_note = ?,
                    ack_at = ?, reviewed_by = ?, review_opinion = ?, reviewed_at = ?, context = ?
                WHERE id = ? AND version = ?""", headers, (ps, r) -> {
                    bindHeader(ps, r, 1);
                    ps.setString(19, r.id());
                    ps.setLong(20, r.version() - 1);
                }, headers.size());
    }

    /** The header's columns after the id, in {@link #HEADER_COLUMNS} order, from parameter {@code first} on. */
    private static void bindHeader(PreparedStatement ps, HeaderRow r, int first) throws SQLException {
        int i = first;
        ps.setString(i++, r.roundId());
        ps.setString(i++, r.appraiseeId());
        ps.setString(i++, r.evaluatorId());
        ps.setString(i++, r.parentId());
        ps.setString(i++, r.status());
        ps.setLong(i++, r.version());
        ps.setInt(i++, r.revision());
        ps.setString(i++, r.evaluatedBy());
        ps.setString(i++, r.evaluatedAt());
        ps.setString(i++, r.ack().kind());
        ps.setString(i++, r.ack().by());
        ps.setString(i++, r.ack().witness());
        ps.setString(i++, r.ack().note());
        ps.setString(i++, r.ack().at());
        ps.setString(i++, r.review().by());
        ps.setString(i++, r.review().opinion());
        ps.setString(i++, r.review().at());
        ps.setString(i, r.context());
    }

    /** The stored version of an agreement, if it is stored. */
    Optional<Long> storedVersion(Handle h, String id) {
        return h.createQuery("SELECT version FROM agreement WHERE id = :id").bind("id", id).mapTo(Long.class).findOne();
    }

    /** Deletes every child row of these agreements, before their current rows are inserted again. */
    void deleteChildren(Handle h, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        for (String table : REPLACED_TABLES) {
            PreparedBatch batch = h.prepareBatch("DELETE FROM " + table + " WHERE agreement_id = :id");
            ids.forEach(id -> batch.bind("id", id).add());
            batch.execute();
        }
    }

    /**
     * Inserts the child rows of these agreements, one batch per table. Bound with plain JDBC
     * setters on the handle's connection (same transaction): Jdbi's named binding resolves an
     * argument per value and builds a binding per row, which cost more than SQLite's inserts
     * themselves — the repository reached only a third of plain JDBC's rate in the benchmark
     * (docs/persistence.md). These rows are the bulk of a save (some 40 per agreement).
     */
    void insertChildren(Handle h, List<AgreementRows> agreements) {
        insert(h, agreements, AgreementRows::items, """
                INSERT INTO agreement_item (agreement_id, revision, item_id, ordinal, section, indicator_code, indicator_version,
                    weight, responsible_unit, parent_agreement_id, parent_item_id, adjustment_reason, roll_up_method, roll_up_fact)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (ps, r) -> {
                    ps.setString(1, r.agreementId());
                    ps.setInt(2, r.revision());
                    ps.setString(3, r.itemId());
                    ps.setInt(4, r.ordinal());
                    ps.setString(5, r.section());
                    ps.setString(6, r.indicatorCode());
                    ps.setInt(7, r.indicatorVersion());
                    ps.setString(8, r.weight());
                    ps.setString(9, r.responsibleUnit());
                    ps.setString(10, r.parentAgreementId());
                    ps.setString(11, r.parentItemId());
                    ps.setString(12, r.adjustmentReason());
                    ps.setString(13, r.rollUpMethod());
                    ps.setString(14, r.rollUpFact());
                });
        insert(h, agreements, AgreementRows::adjustments, """
                INSERT INTO item_target_adjustment (agreement_id, revision, item_id, level, criterion)
                VALUES (?, ?, ?, ?, ?)""",
                (ps, r) -> {
                    ps.setString(1, r.agreementId());
                    ps.setInt(2, r.revision());
                    ps.setString(3, r.itemId());
                    ps.setInt(4, r.level());
                    ps.setString(5, r.criterion());
                });
        insert(h, agreements, AgreementRows::signatures, """
                INSERT INTO agreement_signature (agreement_id, revision, role, ordinal, signer_id, signed_at)
                VALUES (?, ?, ?, ?, ?, ?)""",
                (ps, r) -> {
                    ps.setString(1, r.agreementId());
                    ps.setInt(2, r.revision());
                    ps.setString(3, r.role());
                    ps.setInt(4, r.ordinal());
                    ps.setString(5, r.signerId());
                    ps.setString(6, r.signedAt());
                });
        insert(h, agreements, AgreementRows::revisions, """
                INSERT INTO agreement_revision (agreement_id, revision, amended_by, amendment_reason, amended_at, context)
                VALUES (?, ?, ?, ?, ?, ?)""",
                (ps, r) -> {
                    ps.setString(1, r.agreementId());
                    ps.setInt(2, r.revision());
                    ps.setString(3, r.amendedBy());
                    ps.setString(4, r.amendmentReason());
                    ps.setString(5, r.amendedAt());
                    ps.setString(6, r.context());
                });
        insert(h, agreements, AgreementRows::results, """
                INSERT INTO item_result (agreement_id, item_id, ordinal, reported_by, reported_at, facts)
                VALUES (?, ?, ?, ?, ?, ?)""",
                (ps, r) -> {
                    ps.setString(1, r.agreementId());
                    ps.setString(2, r.itemId());
                    ps.setInt(3, r.ordinal());
                    ps.setString(4, r.reportedBy());
                    ps.setString(5, r.reportedAt());
                    ps.setString(6, r.facts());
                });
        insert(h, agreements, AgreementRows::evidence, """
                INSERT INTO evidence (agreement_id, item_id, ordinal, name, uri, sha256, size_bytes, media_type)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                (ps, r) -> {
                    ps.setString(1, r.agreementId());
                    ps.setString(2, r.itemId());
                    ps.setInt(3, r.ordinal());
                    ps.setString(4, r.name());
                    ps.setString(5, r.uri());
                    ps.setString(6, r.sha256());
                    ps.setLong(7, r.sizeBytes());
                    ps.setString(8, r.mediaType());
                });
        insert(h, agreements, AgreementRows::itemEvaluations, """
                INSERT INTO item_evaluation (agreement_id, item_id, ordinal, override_level, override_reason, comment, judgements)
                VALUES (?, ?, ?, ?, ?, ?, ?)""",
                (ps, r) -> {
                    ps.setString(1, r.agreementId());
                    ps.setString(2, r.itemId());
                    ps.setInt(3, r.ordinal());
                    JdbcBatch.setInteger(ps, 4, r.overrideLevel());
                    ps.setString(5, r.overrideReason());
                    ps.setString(6, r.comment());
                    ps.setString(7, r.judgements());
                });
        insert(h, agreements, AgreementRows::competencies, """
                INSERT INTO competency_level (agreement_id, code, ordinal, level)
                VALUES (?, ?, ?, ?)""",
                (ps, r) -> {
                    ps.setString(1, r.agreementId());
                    ps.setString(2, r.code());
                    ps.setInt(3, r.ordinal());
                    ps.setInt(4, r.level());
                });
        insert(h, agreements, AgreementRows::reopenings, """
                INSERT INTO agreement_reopening (agreement_id, ordinal, reopened_by, reason, reopened_at, from_status,
                    ack_kind, ack_by, ack_witness, ack_note, ack_at, reviewed_by, review_opinion, reviewed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (ps, r) -> {
                    ps.setString(1, r.agreementId());
                    ps.setInt(2, r.ordinal());
                    ps.setString(3, r.reopenedBy());
                    ps.setString(4, r.reason());
                    ps.setString(5, r.reopenedAt());
                    ps.setString(6, r.fromStatus());
                    ps.setString(7, r.ack().kind());
                    ps.setString(8, r.ack().by());
                    ps.setString(9, r.ack().witness());
                    ps.setString(10, r.ack().note());
                    ps.setString(11, r.ack().at());
                    ps.setString(12, r.review().by());
                    ps.setString(13, r.review().opinion());
                    ps.setString(14, r.review().at());
                });
    }

    private <R> void insert(Handle h, List<AgreementRows> agreements, Function<AgreementRows, List<R>> rowsOf, String sql,
                            JdbcBatch.RowBinder<R> binder) {
        List<R> rows = new ArrayList<>();
        agreements.forEach(a -> rows.addAll(rowsOf.apply(a)));
        if (!rows.isEmpty()) {
            batch(h, sql, rows, binder, agreements.size());
        }
    }

    private <R> int[] batch(Handle h, String sql, List<R> rows, JdbcBatch.RowBinder<R> binder, int agreements) {
        try {
            int[] counts = JdbcBatch.run(h, sql, rows, binder);
            batchesExecuted.increment();
            return counts;
        } catch (SQLException e) {
            throw new StoreException("could not write the rows of " + agreements + " agreement(s): " + e.getMessage(), e);
        }
    }

    /** Batches of rows executed with plain JDBC (which Jdbi's SQL logger does not see), for tests that count statements. */
    long batchesExecuted() {
        return batchesExecuted.sum();
    }

    // ---------------------------------------------------------------- reading

    private static final String HEADER_SELECT = "SELECT a.id, a.round_id, a.appraisee_id, a.evaluator_id, a.parent_id, a.status, "
            + "a.version, a.revision, a.evaluated_by, a.evaluated_at, a.ack_kind, a.ack_by, a.ack_witness, a.ack_note, a.ack_at, "
            + "a.reviewed_by, a.review_opinion, a.reviewed_at, a.context FROM agreement a";
    private static final JdbcRows.RowReader<HeaderRow> HEADER = rs -> new HeaderRow(Columns.text(rs, 1), Columns.text(rs, 2), Columns.text(rs, 3),
            Columns.text(rs, 4), Columns.text(rs, 5), Columns.text(rs, 6), rs.getLong(7), rs.getInt(8), Columns.text(rs, 9), Columns.text(rs, 10),
            ack(rs, 11), review(rs, 16), Columns.text(rs, 19));

    /**
     * One child table as a load reads it: its columns in the order the mapper reads them by
     * position, and the order of an agreement's rows (what the mapping expects; sorted in Java,
     * agreement by agreement, so the database only has to walk its primary key).
     */
    private record ChildTable<R>(String table, String columns, JdbcRows.RowReader<R> reader, Function<R, String> agreementOf,
                                 Function<Collected, List<R>> listOf, Comparator<R> order) {

        String sql(Selection selection) {
            // Ordered by agreement only: every child table's primary key starts with agreement_id, so no sort is needed.
            return "SELECT " + columns + " FROM " + table + " c WHERE c.agreement_id IN (SELECT a.id FROM agreement a WHERE "
                    + selection.where() + ")" + selection.childWhere() + " ORDER BY c.agreement_id";
        }
    }

    private static final List<ChildTable<?>> CHILD_TABLES = List.of(
            new ChildTable<ItemRow>("agreement_item", "agreement_id, revision, item_id, ordinal, section, indicator_code, "
                    + "indicator_version, weight, responsible_unit, parent_agreement_id, parent_item_id, adjustment_reason, "
                    + "roll_up_method, roll_up_fact",
                    rs -> new ItemRow(Columns.text(rs, 1), rs.getInt(2), Columns.text(rs, 3), rs.getInt(4), Columns.text(rs, 5),
                            Columns.text(rs, 6), rs.getInt(7), Columns.text(rs, 8), Columns.text(rs, 9), Columns.text(rs, 10), Columns.text(rs, 11),
                            Columns.text(rs, 12), Columns.text(rs, 13), Columns.text(rs, 14)),
                    ItemRow::agreementId, c -> c.items,
                    Comparator.comparingInt(ItemRow::revision).thenComparingInt(ItemRow::ordinal)),
            new ChildTable<AdjustmentRow>("item_target_adjustment", "agreement_id, revision, item_id, level, criterion",
                    rs -> new AdjustmentRow(Columns.text(rs, 1), rs.getInt(2), Columns.text(rs, 3), rs.getInt(4), Columns.text(rs, 5)),
                    AdjustmentRow::agreementId, c -> c.adjustments,
                    Comparator.comparingInt(AdjustmentRow::revision).thenComparing(AdjustmentRow::itemId)
                            .thenComparingInt(AdjustmentRow::level)),
            new ChildTable<SignatureRow>("agreement_signature", "agreement_id, revision, role, ordinal, signer_id, signed_at",
                    rs -> new SignatureRow(Columns.text(rs, 1), rs.getInt(2), Columns.text(rs, 3), rs.getInt(4), Columns.text(rs, 5),
                            Columns.text(rs, 6)),
                    SignatureRow::agreementId, c -> c.signatures,
                    Comparator.comparingInt(SignatureRow::revision).thenComparingInt(SignatureRow::ordinal)),
            new ChildTable<RevisionRow>("agreement_revision", "agreement_id, revision, amended_by, amendment_reason, amended_at, context",
                    rs -> new RevisionRow(Columns.text(rs, 1), rs.getInt(2), Columns.text(rs, 3), Columns.text(rs, 4), Columns.text(rs, 5),
                            Columns.text(rs, 6)),
                    RevisionRow::agreementId, c -> c.revisions, Comparator.comparingInt(RevisionRow::revision)),
            new ChildTable<ResultRow>("item_result", "agreement_id, item_id, ordinal, reported_by, reported_at, facts",
                    rs -> new ResultRow(Columns.text(rs, 1), Columns.text(rs, 2), rs.getInt(3), Columns.text(rs, 4), Columns.text(rs, 5),
                            Columns.text(rs, 6)),
                    ResultRow::agreementId, c -> c.results, Comparator.comparingInt(ResultRow::ordinal)),
            new ChildTable<EvidenceRow>("evidence", "agreement_id, item_id, ordinal, name, uri, sha256, size_bytes, media_type",
                    rs -> new EvidenceRow(Columns.text(rs, 1), Columns.text(rs, 2), rs.getInt(3), Columns.text(rs, 4), Columns.text(rs, 5),
                            Columns.text(rs, 6), rs.getLong(7), Columns.text(rs, 8)),
                    EvidenceRow::agreementId, c -> c.evidence,
                    Comparator.comparing(EvidenceRow::itemId).thenComparingInt(EvidenceRow::ordinal)),
            new ChildTable<ItemEvaluationRow>("item_evaluation", "agreement_id, item_id, ordinal, override_level, override_reason, "
                    + "comment, judgements",
                    rs -> new ItemEvaluationRow(Columns.text(rs, 1), Columns.text(rs, 2), rs.getInt(3), Columns.nullableInt(rs, 4),
                            Columns.text(rs, 5), Columns.text(rs, 6), Columns.text(rs, 7)),
                    ItemEvaluationRow::agreementId, c -> c.itemEvaluations, Comparator.comparingInt(ItemEvaluationRow::ordinal)),
            new ChildTable<CompetencyRow>("competency_level", "agreement_id, code, ordinal, level",
                    rs -> new CompetencyRow(Columns.text(rs, 1), Columns.text(rs, 2), rs.getInt(3), rs.getInt(4)),
                    CompetencyRow::agreementId, c -> c.competencies, Comparator.comparingInt(CompetencyRow::ordinal)),
            new ChildTable<ReopeningRow>("agreement_reopening", "agreement_id, ordinal, reopened_by, reason, reopened_at, from_status, "
                    + "ack_kind, ack_by, ack_witness, ack_note, ack_at, reviewed_by, review_opinion, reviewed_at",
                    rs -> new ReopeningRow(Columns.text(rs, 1), rs.getInt(2), Columns.text(rs, 3), Columns.text(rs, 4), Columns.text(rs, 5),
                            Columns.text(rs, 6), ack(rs, 7), review(rs, 12)),
                    ReopeningRow::agreementId, c -> c.reopenings, Comparator.comparingInt(ReopeningRow::ordinal)));

    private static AckColumns ack(ResultSet rs, int first) throws SQLException {
        return new AckColumns(Columns.text(rs, first), Columns.text(rs, first + 1), Columns.text(rs, first + 2), Columns.text(rs, first + 3),
                Columns.text(rs, first + 4));
    }

    private static ReviewColumns review(ResultSet rs, int first) throws SQLException {
        return new ReviewColumns(Columns.text(rs, first), Columns.text(rs, first + 1), Columns.text(rs, first + 2));
    }

    /** The rows of one agreement while a load collects them. */
    private static final class Collected {
        final HeaderRow header;
        final List<ItemRow> items = new ArrayList<>();
        final List<AdjustmentRow> adjustments = new ArrayList<>();
        final List<SignatureRow> signatures = new ArrayList<>();
        final List<RevisionRow> revisions = new ArrayList<>();
        final List<ResultRow> results = new ArrayList<>();
        final List<EvidenceRow> evidence = new ArrayList<>();
        final List<ItemEvaluationRow> itemEvaluations = new ArrayList<>();
        final List<CompetencyRow> competencies = new ArrayList<>();
        final List<ReopeningRow> reopenings = new ArrayList<>();

        Collected(HeaderRow header) {
            this.header = header;
        }

        AgreementRows rows() {
            return new AgreementRows(header, items, adjustments, signatures, revisions, results, evidence, itemEvaluations,
                    competencies, reopenings);
        }
    }

    /**
     * One child table's rows as a load walks them, agreement by agreement: the rows of the
     * agreement at {@code position} in the load are taken, the first row of a later agreement is
     * kept for its turn, and rows of agreements the load does not include (saved after the
     * header query) are passed over.
     */
    private static final class Cursor<R> implements AutoCloseable {
        private final ChildTable<R> table;
        private final JdbcRows<R> rows;
        private final Map<String, Integer> positions;
        private R ahead;
        private int aheadAt = -1;

        Cursor(Handle h, Selection selection, ChildTable<R> table, Map<String, Integer> positions) throws SQLException {
            this.table = table;
            this.rows = new JdbcRows<>(h, table.sql(selection), selection.childQueryParams(), table.reader());
            this.positions = positions;
        }

        void collectInto(Collected agreement, int position) throws SQLException {
            List<R> into = table.listOf().apply(agreement);
            while (true) {
                if (ahead == null) {
                    R row = rows.next();
                    if (row == null) {
                        break;
                    }
                    String of = table.agreementOf().apply(row);
                    // Most rows belong to the agreement being collected: an equals is cheaper than hashing the fresh id.
                    Integer at = of.equals(agreement.header.id()) ? Integer.valueOf(position) : positions.get(of);
                    if (at == null) {
                        continue;
                    }
                    if (at < position) {
                        throw new StoreException("rows of table " + table.table() + " came out of agreement order (agreement "
                                + of + "); the database's ordering of ids differs from the store's");
                    }
                    ahead = row;
                    aheadAt = at;
                }
                if (aheadAt != position) {
                    break;
                }
                into.add(ahead);
                ahead = null;
            }
            if (into.size() > 1) {
                into.sort(table.order());
            }
        }

        @Override
        public void close() {
            rows.close();
        }
    }

    /**
     * Every agreement the selection picks, ordered by id, each with all its rows, turned into
     * {@code T} one agreement at a time, so a load holds one agreement's rows rather than every
     * row of the selection (a national round is some 400,000 rows). One query per table, read side by side
     * in agreement order. Under READ COMMITTED (PostgreSQL) each query sees the latest commit, so
     * the headers' versions are checked again at the end and the load repeated if a save came in
     * between; SQLite's queries all read one snapshot, so there it is not needed.
     */
    <T> List<T> load(Handle h, Selection selection, Function<AgreementRows, T> assemble) {
        return load(h, selection, assemble, oneSnapshot);
    }

    /**
     * {@link #load(Handle, Selection, Function)} in a transaction the caller knows reads one snapshot
     * ({@code snapshot}: SQLite, or PostgreSQL at REPEATABLE READ), so the versions need no check.
     */
    <T> List<T> load(Handle h, Selection selection, Function<AgreementRows, T> assemble, boolean snapshot) {
        try {
            for (int attempt = 1; attempt <= 5; attempt++) {
                List<HeaderRow> headers = new ArrayList<>();
                try (JdbcRows<HeaderRow> rows = new JdbcRows<>(h, HEADER_SELECT + " WHERE " + selection.where() + " ORDER BY a.id",
                        selection.params(), HEADER)) {
                    for (HeaderRow header = rows.next(); header != null; header = rows.next()) {
                        headers.add(header);
                    }
                }
                if (headers.isEmpty()) {
                    return List.of();
                }
                Map<String, Integer> positions = new HashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    positions.put(headers.get(i).id(), i);
                }
                List<T> out = new ArrayList<>(headers.size());
                List<Cursor<?>> cursors = new ArrayList<>();
                try {
                    for (ChildTable<?> table : CHILD_TABLES) {
                        cursors.add(new Cursor<>(h, selection, table, positions));
                    }
                    for (int i = 0; i < headers.size(); i++) {
                        Collected agreement = new Collected(headers.get(i));
                        for (Cursor<?> cursor : cursors) {
                            cursor.collectInto(agreement, i);
                        }
                        out.add(assemble.apply(agreement.rows()));
                    }
                } finally {
                    cursors.forEach(Cursor::close);
                }
                if (snapshot || unchangedSince(h, selection, headers)) {
                    return out;
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not read agreements (" + selection.where() + "): " + e.getMessage(), e);
        }
        throw new StoreException("agreements kept changing while being read; try again");
    }

    /** The ids of the agreements the selection picks, in the order a load gives them. */
    List<String> ids(Handle h, Selection selection) {
        List<String> ids = new ArrayList<>();
        try (JdbcRows<String> rows = new JdbcRows<>(h, "SELECT a.id FROM agreement a WHERE " + selection.where() + " ORDER BY a.id",
                selection.params(), rs -> Columns.text(rs, 1))) {
            for (String id = rows.next(); id != null; id = rows.next()) {
                ids.add(id);
            }
        } catch (SQLException e) {
            throw new StoreException("could not read agreement ids (" + selection.where() + "): " + e.getMessage(), e);
        }
        return ids;
    }

    private static boolean unchangedSince(Handle h, Selection selection, List<HeaderRow> headers) throws SQLException {
        Map<String, Long> now = new HashMap<>();
        try (JdbcRows<Map.Entry<String, Long>> rows = new JdbcRows<>(h, "SELECT a.id, a.version FROM agreement a WHERE " + selection.where(),
                selection.params(), rs -> Map.entry(Columns.text(rs, 1), rs.getLong(2)))) {
            for (Map.Entry<String, Long> e = rows.next(); e != null; e = rows.next()) {
                now.put(e.getKey(), e.getValue());
            }
        }
        for (HeaderRow header : headers) {
            Long version = now.get(header.id());
            if (version == null || version != header.version()) {
                return false;
            }
        }
        return true;
    }
}
