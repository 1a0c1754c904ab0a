package appraisal.persistence;

import appraisal.persistence.AgreementRows.AckColumns;
import appraisal.persistence.AgreementRows.AdjustmentRow;
import appraisal.persistence.AgreementRows.CompetencyRow;
import appraisal.persistence.AgreementRows.EvidenceRow;
import appraisal.persistence.AgreementRows.FactRow;
import appraisal.persistence.AgreementRows.HeaderRow;
import appraisal.persistence.AgreementRows.ItemEvaluationRow;
import appraisal.persistence.AgreementRows.ItemRow;
import appraisal.persistence.AgreementRows.ReopeningRow;
import appraisal.persistence.AgreementRows.ResultRow;
import appraisal.persistence.AgreementRows.RevisionRow;
import appraisal.persistence.AgreementRows.ReviewColumns;
import appraisal.persistence.AgreementRows.SignatureRow;
import com.google.common.collect.ImmutableMap;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;

/**
 * The SQL of the agreement tables: batched writes of many agreements' rows at once (a cascade is
 * a few statements per table, not one round trip per row) and loads of every agreement a
 * {@link Selection} picks with one query per table.
 */
final class AgreementTables {

    /** Which agreements to load: a condition on table {@code agreement} (alias {@code a}) and its text bindings. */
    record Selection(String where, ImmutableMap<String, String> binds) {

        static Selection byId(String id) {
            return new Selection("a.id = :id", ImmutableMap.of("id", id));
        }

        static Selection inRound(String round) {
            return new Selection("a.round_id = :round", ImmutableMap.of("round", round));
        }

        static Selection ofAppraisee(String round, String appraisee) {
            return new Selection("a.round_id = :round AND a.appraisee_id = :appraisee", ImmutableMap.of("round", round, "appraisee", appraisee));
        }

        static Selection childrenOf(String parent) {
            return new Selection("a.parent_id = :parent", ImmutableMap.of("parent", parent));
        }

        Query bindTo(Query query) {
            binds.forEach(query::bind);
            return query;
        }
    }

    private static final String HEADER_COLUMNS = "id, round_id, appraisee_id, evaluator_id, parent_id, status, version, revision, "
            + "evaluated_by, evaluated_at, ack_kind, ack_by, ack_witness, ack_note, ack_at, reviewed_by, review_opinion, reviewed_at";
    private static final String HEADER_VALUES = ":id, :roundId, :appraiseeId, :evaluatorId, :parentId, :status, :version, :revision, "
            + ":evaluatedBy, :evaluatedAt, :ackKind, :ackBy, :ackWitness, :ackNote, :ackAt, :reviewedBy, :reviewOpinion, :reviewedAt";

    /** Child tables whose rows a save replaces; adjustments and evidence go with their items and results (ON DELETE CASCADE). */
    private static final List<String> REPLACED_TABLES = List.of("agreement_item", "agreement_signature", "agreement_revision",
            "item_result", "fact", "item_evaluation", "competency_level", "agreement_reopening");

    private final LongAdder batchesExecuted = new LongAdder();

    // ---------------------------------------------------------------- writing

    /** Inserts new agreements' headers unless the id is taken; per row, 1 if inserted, 0 if the id was taken. */
    int[] insertHeaders(Handle h, List<HeaderRow> headers) {
        PreparedBatch batch = h.prepareBatch("INSERT INTO agreement (" + HEADER_COLUMNS + ") VALUES (" + HEADER_VALUES + ")"
                + " ON CONFLICT (id) DO NOTHING");
        headers.forEach(row -> bindHeader(batch, row).add());
        return batch.execute();
    }

    /** Updates stored headers whose version is still {@code row.version() - 1}; per row, 1 if updated, 0 if stale. */
    int[] updateHeaders(Handle h, List<HeaderRow> headers) {
        PreparedBatch batch = h.prepareBatch("""
                UPDATE agreement SET round_id = :roundId, appraisee_id = :appraiseeId, evaluator_id = :evaluatorId,
                    parent_id = :parentId, status = :status, version = :version, revision = :revision,
                    evaluated_by = :evaluatedBy, evaluated_at = :evaluatedAt, ack_kind = :ackKind, ack_by = :ackBy,
                    ack_witness = :ackWitness, ack_note = :ackNote, ack_at = :ackAt, reviewed_by = :reviewedBy,
                    review_opinion = :reviewOpinion, reviewed_at = :reviewedAt
                WHERE id = :id AND version = :expectedVersion""");
        headers.forEach(row -> bindHeader(batch, row).bind("expectedVersion", row.version() - 1).add());
        return batch.execute();
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
     * (docs/persistence.md). These rows are the bulk of a save (some 70 per agreement).
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
                INSERT INTO agreement_revision (agreement_id, revision, amended_by, amendment_reason, amended_at)
                VALUES (?, ?, ?, ?, ?)""",
                (ps, r) -> {
                    ps.setString(1, r.agreementId());
                    ps.setInt(2, r.revision());
                    ps.setString(3, r.amendedBy());
                    ps.setString(4, r.amendmentReason());
                    ps.setString(5, r.amendedAt());
                });
        insert(h, agreements, AgreementRows::results, """
                INSERT INTO item_result (agreement_id, item_id, ordinal, reported_by, reported_at)
                VALUES (?, ?, ?, ?, ?)""",
                (ps, r) -> {
                    ps.setString(1, r.agreementId());
                    ps.setString(2, r.itemId());
                    ps.setInt(3, r.ordinal());
                    ps.setString(4, r.reportedBy());
                    ps.setString(5, r.reportedAt());
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
        insert(h, agreements, AgreementRows::facts, """
                INSERT INTO fact (agreement_id, source, revision, item_id, name, ordinal, value_type, quantity, flag, done, done_on, choice)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                (ps, r) -> {
                    ps.setString(1, r.agreementId());
                    ps.setString(2, r.source());
                    ps.setInt(3, r.revision());
                    ps.setString(4, r.itemId());
                    ps.setString(5, r.name());
                    ps.setInt(6, r.ordinal());
                    ps.setString(7, r.valueType());
                    ps.setString(8, r.quantity());
                    setBoolean(ps, 9, r.flag());
                    setBoolean(ps, 10, r.done());
                    ps.setString(11, r.doneOn());
                    ps.setString(12, r.choice());
                });
        insert(h, agreements, AgreementRows::itemEvaluations, """
                INSERT INTO item_evaluation (agreement_id, item_id, ordinal, override_level, override_reason, comment)
                VALUES (?, ?, ?, ?, ?, ?)""",
                (ps, r) -> {
                    ps.setString(1, r.agreementId());
                    ps.setString(2, r.itemId());
                    ps.setInt(3, r.ordinal());
                    if (r.overrideLevel() == null) {
                        ps.setNull(4, Types.INTEGER);
                    } else {
                        ps.setInt(4, r.overrideLevel());
                    }
                    ps.setString(5, r.overrideReason());
                    ps.setString(6, r.comment());
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

    /** How one kind of child row sets its INSERT's parameters. */
    private interface RowBinder<R> {
        void bind(PreparedStatement ps, R row) throws SQLException;
    }

    private <R> void insert(Handle h, List<AgreementRows> agreements, Function<AgreementRows, List<R>> rowsOf, String sql,
                            RowBinder<R> binder) {
        PreparedStatement ps = null;
        try {
            for (AgreementRows agreement : agreements) {
                for (R row : rowsOf.apply(agreement)) {
                    if (ps == null) {
                        ps = h.getConnection().prepareStatement(sql);
                    }
                    binder.bind(ps, row);
                    ps.addBatch();
                }
            }
            if (ps != null) {
                ps.executeBatch();
                batchesExecuted.increment();
            }
        } catch (SQLException e) {
            throw new StoreException("could not insert the rows of " + agreements.size() + " agreement(s): " + e.getMessage(), e);
        } finally {
            if (ps != null) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // Closing a finished statement cannot lose data; the transaction decides.
                }
            }
        }
    }

    private static void setBoolean(PreparedStatement ps, int index, Boolean value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.BOOLEAN);
        } else {
            ps.setBoolean(index, value);
        }
    }

    /** Batches of child rows executed with plain JDBC (which Jdbi's SQL logger does not see), for tests that count statements. */
    long batchesExecuted() {
        return batchesExecuted.sum();
    }

    private static PreparedBatch bindHeader(PreparedBatch b, HeaderRow r) {
        b.bind("id", r.id()).bind("roundId", r.roundId()).bind("appraiseeId", r.appraiseeId()).bind("evaluatorId", r.evaluatorId())
                .bind("parentId", r.parentId()).bind("status", r.status()).bind("version", r.version()).bind("revision", r.revision())
                .bind("evaluatedBy", r.evaluatedBy()).bind("evaluatedAt", r.evaluatedAt());
        return bindReview(bindAck(b, r.ack()), r.review());
    }

    private static PreparedBatch bindAck(PreparedBatch b, AckColumns a) {
        return b.bind("ackKind", a.kind()).bind("ackBy", a.by()).bind("ackWitness", a.witness()).bind("ackNote", a.note())
                .bind("ackAt", a.at());
    }

    private static PreparedBatch bindReview(PreparedBatch b, ReviewColumns r) {
        return b.bind("reviewedBy", r.by()).bind("reviewOpinion", r.opinion()).bind("reviewedAt", r.at());
    }

    // ---------------------------------------------------------------- reading

    private static final RowMapper<HeaderRow> HEADER = (rs, ctx) -> new HeaderRow(rs.getString("id"), rs.getString("round_id"),
            rs.getString("appraisee_id"), rs.getString("evaluator_id"), rs.getString("parent_id"), rs.getString("status"),
            rs.getLong("version"), rs.getInt("revision"), rs.getString("evaluated_by"), rs.getString("evaluated_at"), ack(rs),
            review(rs));
    private static final RowMapper<ItemRow> ITEM = (rs, ctx) -> new ItemRow(rs.getString("agreement_id"), rs.getInt("revision"),
            rs.getString("item_id"), rs.getInt("ordinal"), rs.getString("section"), rs.getString("indicator_code"),
            rs.getInt("indicator_version"), rs.getString("weight"), rs.getString("responsible_unit"),
            rs.getString("parent_agreement_id"), rs.getString("parent_item_id"), rs.getString("adjustment_reason"),
            rs.getString("roll_up_method"), rs.getString("roll_up_fact"));
    private static final RowMapper<AdjustmentRow> ADJUSTMENT = (rs, ctx) -> new AdjustmentRow(rs.getString("agreement_id"),
            rs.getInt("revision"), rs.getString("item_id"), rs.getInt("level"), rs.getString("criterion"));
    private static final RowMapper<SignatureRow> SIGNATURE = (rs, ctx) -> new SignatureRow(rs.getString("agreement_id"),
            rs.getInt("revision"), rs.getString("role"), rs.getInt("ordinal"), rs.getString("signer_id"), rs.getString("signed_at"));
    private static final RowMapper<RevisionRow> REVISION = (rs, ctx) -> new RevisionRow(rs.getString("agreement_id"),
            rs.getInt("revision"), rs.getString("amended_by"), rs.getString("amendment_reason"), rs.getString("amended_at"));
    private static final RowMapper<ResultRow> RESULT = (rs, ctx) -> new ResultRow(rs.getString("agreement_id"),
            rs.getString("item_id"), rs.getInt("ordinal"), rs.getString("reported_by"), rs.getString("reported_at"));
    private static final RowMapper<EvidenceRow> EVIDENCE = (rs, ctx) -> new EvidenceRow(rs.getString("agreement_id"),
            rs.getString("item_id"), rs.getInt("ordinal"), rs.getString("name"), rs.getString("uri"), rs.getString("sha256"),
            rs.getLong("size_bytes"), rs.getString("media_type"));
    private static final RowMapper<FactRow> FACT = (rs, ctx) -> new FactRow(rs.getString("agreement_id"), rs.getString("source"),
            rs.getInt("revision"), rs.getString("item_id"), rs.getString("name"), rs.getInt("ordinal"), rs.getString("value_type"),
            rs.getString("quantity"), Columns.nullableBoolean(rs, "flag"), Columns.nullableBoolean(rs, "done"),
            rs.getString("done_on"), rs.getString("choice"));
    private static final RowMapper<ItemEvaluationRow> ITEM_EVALUATION = (rs, ctx) -> new ItemEvaluationRow(
            rs.getString("agreement_id"), rs.getString("item_id"), rs.getInt("ordinal"), Columns.nullableInt(rs, "override_level"),
            rs.getString("override_reason"), rs.getString("comment"));
    private static final RowMapper<CompetencyRow> COMPETENCY = (rs, ctx) -> new CompetencyRow(rs.getString("agreement_id"),
            rs.getString("code"), rs.getInt("ordinal"), rs.getInt("level"));
    private static final RowMapper<ReopeningRow> REOPENING = (rs, ctx) -> new ReopeningRow(rs.getString("agreement_id"),
            rs.getInt("ordinal"), rs.getString("reopened_by"), rs.getString("reason"), rs.getString("reopened_at"),
            rs.getString("from_status"), ack(rs), review(rs));

    private static AckColumns ack(ResultSet rs) throws SQLException {
        return new AckColumns(rs.getString("ack_kind"), rs.getString("ack_by"), rs.getString("ack_witness"), rs.getString("ack_note"),
                rs.getString("ack_at"));
    }

    private static ReviewColumns review(ResultSet rs) throws SQLException {
        return new ReviewColumns(rs.getString("reviewed_by"), rs.getString("review_opinion"), rs.getString("reviewed_at"));
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
        final List<FactRow> facts = new ArrayList<>();
        final List<ItemEvaluationRow> itemEvaluations = new ArrayList<>();
        final List<CompetencyRow> competencies = new ArrayList<>();
        final List<ReopeningRow> reopenings = new ArrayList<>();

        Collected(HeaderRow header) {
            this.header = header;
        }

        AgreementRows rows() {
            return new AgreementRows(header, items, adjustments, signatures, revisions, results, evidence, facts, itemEvaluations,
                    competencies, reopenings);
        }
    }

    /**
     * Every agreement the selection picks, ordered by id, each with all its rows. One query per
     * table; under READ COMMITTED (PostgreSQL) each query sees the latest commit, so the headers'
     * versions are checked again at the end and the load repeated if a save came in between.
     */
    List<AgreementRows> load(Handle h, Selection selection) {
        for (int attempt = 1; attempt <= 5; attempt++) {
            Map<String, Collected> byId = new LinkedHashMap<>();
            for (HeaderRow header : selection.bindTo(h.createQuery("SELECT a.* FROM agreement a WHERE " + selection.where()
                    + " ORDER BY a.id")).map(HEADER).list()) {
                byId.put(header.id(), new Collected(header));
            }
            if (byId.isEmpty()) {
                return List.of();
            }
            collect(h, selection, byId, "agreement_item", "c.revision, c.ordinal", ITEM, ItemRow::agreementId, c -> c.items);
            collect(h, selection, byId, "item_target_adjustment", "c.revision, c.item_id, c.level", ADJUSTMENT,
                    AdjustmentRow::agreementId, c -> c.adjustments);
            collect(h, selection, byId, "agreement_signature", "c.revision, c.ordinal", SIGNATURE, SignatureRow::agreementId,
                    c -> c.signatures);
            collect(h, selection, byId, "agreement_revision", "c.revision", REVISION, RevisionRow::agreementId, c -> c.revisions);
            collect(h, selection, byId, "item_result", "c.ordinal", RESULT, ResultRow::agreementId, c -> c.results);
            collect(h, selection, byId, "evidence", "c.item_id, c.ordinal", EVIDENCE, EvidenceRow::agreementId, c -> c.evidence);
            collect(h, selection, byId, "fact", "c.source, c.revision, c.item_id, c.ordinal", FACT, FactRow::agreementId, c -> c.facts);
            collect(h, selection, byId, "item_evaluation", "c.ordinal", ITEM_EVALUATION, ItemEvaluationRow::agreementId,
                    c -> c.itemEvaluations);
            collect(h, selection, byId, "competency_level", "c.ordinal", COMPETENCY, CompetencyRow::agreementId, c -> c.competencies);
            collect(h, selection, byId, "agreement_reopening", "c.ordinal", REOPENING, ReopeningRow::agreementId, c -> c.reopenings);
            if (unchangedSince(h, selection, byId)) {
                List<AgreementRows> out = new ArrayList<>(byId.size());
                byId.values().forEach(c -> out.add(c.rows()));
                return out;
            }
        }
        throw new StoreException("agreements kept changing while being read; try again");
    }

    private static <R> void collect(Handle h, Selection selection, Map<String, Collected> byId, String table, String order,
                                    RowMapper<R> mapper, Function<R, String> agreementOf, Function<Collected, List<R>> listOf) {
        List<R> rows = selection.bindTo(h.createQuery("SELECT c.* FROM " + table + " c JOIN agreement a ON a.id = c.agreement_id"
                + " WHERE " + selection.where() + " ORDER BY c.agreement_id, " + order)).map(mapper).list();
        for (R row : rows) {
            // An agreement created after the header query is not part of this load.
            Collected c = byId.get(agreementOf.apply(row));
            if (c != null) {
                listOf.apply(c).add(row);
            }
        }
    }

    private static boolean unchangedSince(Handle h, Selection selection, Map<String, Collected> byId) {
        Map<String, Long> now = new LinkedHashMap<>();
        selection.bindTo(h.createQuery("SELECT a.id, a.version FROM agreement a WHERE " + selection.where()))
                .map((rs, ctx) -> Map.entry(rs.getString("id"), rs.getLong("version"))).forEach(e -> now.put(e.getKey(), e.getValue()));
        for (Collected c : byId.values()) {
            Long version = now.get(c.header.id());
            if (version == null || version != c.header.version()) {
                return false;
            }
        }
        return true;
    }
}
