package appraisal.persistence;

import java.util.List;

/**
 * One agreement as the rows of its tables, exactly as stored: ids as text, nulls where a value is
 * absent, decimals and instants as the text {@link Columns} writes, a set of facts as the JSON
 * object the domain's facts codec writes ({@link JsonColumns}). {@link AgreementMapping}
 * turns a snapshot into these and back; {@link AgreementTables} reads and writes them.
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
    }

    /** The review columns, all null when there is none. */
    record ReviewColumns(String by, String opinion, String at) {
        static final ReviewColumns NONE = new ReviewColumns(null, null, null);
    }

    /** Row of {@code agreement}; {@code context} the context facts of the current revision. */
    record HeaderRow(String id, String roundId, String appraiseeId, String evaluatorId, String parentId, String status, long version,
                     int revision, String evaluatedBy, String evaluatedAt, AckColumns ack, ReviewColumns review, String context) {
    }

    /** Row of {@code agreement_item}: an item of the current revision or of a signed prior one. */
    record ItemRow(String agreementId, int revision, String itemId, int ordinal, String section, String indicatorCode,
                   int indicatorVersion, String weight, String responsibleUnit, String parentAgreementId, String parentItemId,
                   String adjustmentReason, String rollUpMethod, String rollUpFact) {
    }

    /** Row of {@code item_target_adjustment}; the criterion is codec JSON. */
    record AdjustmentRow(String agreementId, int revision, String itemId, int level, String criterion) {
    }

    /** Row of {@code agreement_signature}. */
    record SignatureRow(String agreementId, int revision, String role, int ordinal, String signerId, String signedAt) {
    }

    /** Row of {@code agreement_revision}: a signed revision an amendment superseded, with its context facts. */
    record RevisionRow(String agreementId, int revision, String amendedBy, String amendmentReason, String amendedAt, String context) {
    }

    /** Row of {@code item_result}, with the facts reported. */
    record ResultRow(String agreementId, String itemId, int ordinal, String reportedBy, String reportedAt, String facts) {
    }

    /** Row of {@code evidence}. */
    record EvidenceRow(String agreementId, String itemId, int ordinal, String name, String uri, String sha256, long sizeBytes,
                       String mediaType) {
    }

    /** Row of {@code item_evaluation}, with the evaluator's judgements (facts). */
    record ItemEvaluationRow(String agreementId, String itemId, int ordinal, Integer overrideLevel, String overrideReason,
                             String comment, String judgements) {
    }

    /** Row of {@code competency_level}. */
    record CompetencyRow(String agreementId, String code, int ordinal, int level) {
    }

    /** Row of {@code agreement_reopening}, with the acknowledgement and review it set aside. */
    record ReopeningRow(String agreementId, int ordinal, String reopenedBy, String reason, String reopenedAt, String fromStatus,
                        AckColumns ack, ReviewColumns review) {
    }
}
