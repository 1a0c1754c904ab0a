package appraisal.persistence;

import static appraisal.persistence.Table.integer;
import static appraisal.persistence.Table.longInteger;
import static appraisal.persistence.Table.nullableInteger;
import static appraisal.persistence.Table.part;
import static appraisal.persistence.Table.text;

import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * One agreement as the rows of its tables, exactly as stored: ids as text, nulls where a value is
 * absent, decimals and instants as the text {@link Columns} writes, a set of facts as the JSON
 * object the domain's facts codec writes ({@link JsonColumns}). {@link AgreementMapping}
 * turns a snapshot into these and back; {@link AgreementTables} reads and writes them. Each row
 * declares its {@link Table} beside it: a new column is a component of the row, a line of its
 * table and an argument of its reader, here, and a migration.
 */
record AgreementRows(
        HeaderRow header,
        List<ItemRow> items,
        List<AdjustmentRow> adjustments,
        List<SignatureRow> signatures,
        List<RevisionRow> revisions,
        List<ResultRow> results,
        List<EvidenceRow> evidence,
        List<ItemEvaluationRow> itemEvaluations,
        List<CompetencyRow> competencies,
        List<ReopeningRow> reopenings) {

    /** The acknowledgement columns, all null when there is none; kind is ACKNOWLEDGED or REFUSED. */
    record AckColumns(String kind, String by, String witness, String note, String at) {
        static final AckColumns NONE = new AckColumns(null, null, null, null, null);

        static <R> Table.Part<R> of(Function<R, AckColumns> ack) {
            return part(ack, text("ack_kind", AckColumns::kind), text("ack_by", AckColumns::by), text("ack_witness", AckColumns::witness),
                    text("ack_note", AckColumns::note), text("ack_at", AckColumns::at));
        }

        static AckColumns read(Table.Values v) throws SQLException {
            return new AckColumns(v.text(), v.text(), v.text(), v.text(), v.text());
        }
    }

    /** The review columns, all null when there is none. */
    record ReviewColumns(String by, String opinion, String at) {
        static final ReviewColumns NONE = new ReviewColumns(null, null, null);

        static <R> Table.Part<R> of(Function<R, ReviewColumns> review) {
            return part(review, text("reviewed_by", ReviewColumns::by), text("review_opinion", ReviewColumns::opinion),
                    text("reviewed_at", ReviewColumns::at));
        }

        static ReviewColumns read(Table.Values v) throws SQLException {
            return new ReviewColumns(v.text(), v.text(), v.text());
        }
    }

    /** Row of {@code agreement}; {@code context} the context facts of the current revision. */
    record HeaderRow(String id, String roundId, String appraiseeId, String evaluatorId, String parentId, String status, long version,
                     int revision, String evaluatedBy, String evaluatedAt, AckColumns ack, ReviewColumns review, String context) {
        /** The key, {@code id}, first: an update sets the rest. */
        static final Table<HeaderRow> TABLE = new Table<>("agreement",
                v -> new HeaderRow(v.text(), v.text(), v.text(), v.text(), v.text(), v.text(), v.longInteger(), v.integer(), v.text(),
                        v.text(), AckColumns.read(v), ReviewColumns.read(v), v.text()),
                text("id", HeaderRow::id), text("round_id", HeaderRow::roundId), text("appraisee_id", HeaderRow::appraiseeId),
                text("evaluator_id", HeaderRow::evaluatorId), text("parent_id", HeaderRow::parentId), text("status", HeaderRow::status),
                longInteger("version", HeaderRow::version), integer("revision", HeaderRow::revision),
                text("evaluated_by", HeaderRow::evaluatedBy), text("evaluated_at", HeaderRow::evaluatedAt),
                AckColumns.of(HeaderRow::ack), ReviewColumns.of(HeaderRow::review), text("context", HeaderRow::context));
    }

    /** Row of {@code agreement_item}: an item of the current revision or of a signed prior one. */
    record ItemRow(String agreementId, int revision, String itemId, int ordinal, String section, String indicatorCode,
                   int indicatorVersion, String weight, String responsibleUnit, String parentAgreementId, String parentItemId,
                   String adjustmentReason, String rollUpMethod, String rollUpFact) {
        static final Table<ItemRow> TABLE = new Table<>("agreement_item",
                v -> new ItemRow(v.text(), v.integer(), v.text(), v.integer(), v.text(), v.text(), v.integer(), v.text(), v.text(),
                        v.text(), v.text(), v.text(), v.text(), v.text()),
                text("agreement_id", ItemRow::agreementId), integer("revision", ItemRow::revision), text("item_id", ItemRow::itemId),
                integer("ordinal", ItemRow::ordinal), text("section", ItemRow::section), text("indicator_code", ItemRow::indicatorCode),
                integer("indicator_version", ItemRow::indicatorVersion), text("weight", ItemRow::weight),
                text("responsible_unit", ItemRow::responsibleUnit), text("parent_agreement_id", ItemRow::parentAgreementId),
                text("parent_item_id", ItemRow::parentItemId), text("adjustment_reason", ItemRow::adjustmentReason),
                text("roll_up_method", ItemRow::rollUpMethod), text("roll_up_fact", ItemRow::rollUpFact));
    }

    /** Row of {@code item_target_adjustment}; the criterion is codec JSON. */
    record AdjustmentRow(String agreementId, int revision, String itemId, int level, String criterion) {
        static final Table<AdjustmentRow> TABLE = new Table<>("item_target_adjustment",
                v -> new AdjustmentRow(v.text(), v.integer(), v.text(), v.integer(), v.text()),
                text("agreement_id", AdjustmentRow::agreementId), integer("revision", AdjustmentRow::revision),
                text("item_id", AdjustmentRow::itemId), integer("level", AdjustmentRow::level), text("criterion", AdjustmentRow::criterion));
    }

    /** Row of {@code agreement_signature}. */
    record SignatureRow(String agreementId, int revision, String role, int ordinal, String signerId, String signedAt) {
        static final Table<SignatureRow> TABLE = new Table<>("agreement_signature",
                v -> new SignatureRow(v.text(), v.integer(), v.text(), v.integer(), v.text(), v.text()),
                text("agreement_id", SignatureRow::agreementId), integer("revision", SignatureRow::revision), text("role", SignatureRow::role),
                integer("ordinal", SignatureRow::ordinal), text("signer_id", SignatureRow::signerId), text("signed_at", SignatureRow::signedAt));
    }

    /** Row of {@code agreement_revision}: a signed revision an amendment superseded, with its context facts. */
    record RevisionRow(String agreementId, int revision, String amendedBy, String amendmentReason, String amendedAt, String context) {
        static final Table<RevisionRow> TABLE = new Table<>("agreement_revision",
                v -> new RevisionRow(v.text(), v.integer(), v.text(), v.text(), v.text(), v.text()),
                text("agreement_id", RevisionRow::agreementId), integer("revision", RevisionRow::revision),
                text("amended_by", RevisionRow::amendedBy), text("amendment_reason", RevisionRow::amendmentReason),
                text("amended_at", RevisionRow::amendedAt), text("context", RevisionRow::context));
    }

    /** Row of {@code item_result}, with the facts reported. */
    record ResultRow(String agreementId, String itemId, int ordinal, String reportedBy, String reportedAt, String facts) {
        static final Table<ResultRow> TABLE = new Table<>("item_result",
                v -> new ResultRow(v.text(), v.text(), v.integer(), v.text(), v.text(), v.text()),
                text("agreement_id", ResultRow::agreementId), text("item_id", ResultRow::itemId), integer("ordinal", ResultRow::ordinal),
                text("reported_by", ResultRow::reportedBy), text("reported_at", ResultRow::reportedAt), text("facts", ResultRow::facts));
    }

    /** Row of {@code evidence}. */
    record EvidenceRow(String agreementId, String itemId, int ordinal, String name, String uri, String sha256, long sizeBytes,
                       String mediaType) {
        static final Table<EvidenceRow> TABLE = new Table<>("evidence",
                v -> new EvidenceRow(v.text(), v.text(), v.integer(), v.text(), v.text(), v.text(), v.longInteger(), v.text()),
                text("agreement_id", EvidenceRow::agreementId), text("item_id", EvidenceRow::itemId), integer("ordinal", EvidenceRow::ordinal),
                text("name", EvidenceRow::name), text("uri", EvidenceRow::uri), text("sha256", EvidenceRow::sha256),
                longInteger("size_bytes", EvidenceRow::sizeBytes), text("media_type", EvidenceRow::mediaType));
    }

    /** Row of {@code item_evaluation}, with the evaluator's judgements (facts). */
    record ItemEvaluationRow(String agreementId, String itemId, int ordinal, Integer overrideLevel, String overrideReason,
                             String comment, String judgements) {
        static final Table<ItemEvaluationRow> TABLE = new Table<>("item_evaluation",
                v -> new ItemEvaluationRow(v.text(), v.text(), v.integer(), v.nullableInteger(), v.text(), v.text(), v.text()),
                text("agreement_id", ItemEvaluationRow::agreementId), text("item_id", ItemEvaluationRow::itemId),
                integer("ordinal", ItemEvaluationRow::ordinal), nullableInteger("override_level", ItemEvaluationRow::overrideLevel),
                text("override_reason", ItemEvaluationRow::overrideReason), text("comment", ItemEvaluationRow::comment),
                text("judgements", ItemEvaluationRow::judgements));
    }

    /** Row of {@code competency_level}. */
    record CompetencyRow(String agreementId, String code, int ordinal, int level) {
        static final Table<CompetencyRow> TABLE = new Table<>("competency_level",
                v -> new CompetencyRow(v.text(), v.text(), v.integer(), v.integer()),
                text("agreement_id", CompetencyRow::agreementId), text("code", CompetencyRow::code), integer("ordinal", CompetencyRow::ordinal),
                integer("level", CompetencyRow::level));
    }

    /** Row of {@code agreement_reopening}, with the acknowledgement and review it set aside. */
    record ReopeningRow(String agreementId, int ordinal, String reopenedBy, String reason, String reopenedAt, String fromStatus,
                        AckColumns ack, ReviewColumns review) {
        static final Table<ReopeningRow> TABLE = new Table<>("agreement_reopening",
                v -> new ReopeningRow(v.text(), v.integer(), v.text(), v.text(), v.text(), v.text(), AckColumns.read(v), ReviewColumns.read(v)),
                text("agreement_id", ReopeningRow::agreementId), integer("ordinal", ReopeningRow::ordinal),
                text("reopened_by", ReopeningRow::reopenedBy), text("reason", ReopeningRow::reason), text("reopened_at", ReopeningRow::reopenedAt),
                text("from_status", ReopeningRow::fromStatus), AckColumns.of(ReopeningRow::ack), ReviewColumns.of(ReopeningRow::review));
    }
}
