package appraisal.persistence;

import appraisal.domain.model.agreement.RollUp;
import appraisal.domain.model.agreement.RollUpMethod;
import appraisal.domain.model.agreement.Acknowledgement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementSnapshot;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.agreement.CompetencyAssessment;
import appraisal.domain.model.agreement.Evaluation;
import appraisal.domain.model.agreement.EvidenceRef;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemEvaluation;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.agreement.ItemResult;
import appraisal.domain.model.agreement.LevelOverride;
import appraisal.domain.model.agreement.Reopening;
import appraisal.domain.model.agreement.Review;
import appraisal.domain.model.agreement.Signature;
import appraisal.domain.model.agreement.SignatureRole;
import appraisal.domain.model.agreement.SignedRevision;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
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
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The mapping between an {@link AgreementSnapshot} and its {@link AgreementRows}, both ways.
 * Items and signatures carry the revision they belong to, so the current revision and the signed
 * prior ones share one set of tables; order within a list is kept in {@code ordinal}. Each set of
 * facts is one JSON column of the row it belongs to: a result's, an item evaluation's judgements,
 * a revision's context (the current one's on the header).
 */
final class AgreementMapping {

    private static final String ACKNOWLEDGED = "ACKNOWLEDGED";
    private static final String REFUSED = "REFUSED";

    private final JsonColumns json;

    AgreementMapping(JsonColumns json) {
        this.json = json;
    }

    // ---------------------------------------------------------------- snapshot -> rows

    /** The rows to store for {@code s}, with {@code version} as the version written. */
    AgreementRows toRows(AgreementSnapshot s, long version) {
        String id = s.id().value();
        HeaderRow header = new HeaderRow(id, s.round().value(), s.appraisee().value(), s.evaluator().value(),
                s.parent().map(AgreementId::value).orElse(null), s.status().name(), version, s.revision(),
                s.evaluation().map(e -> e.evaluator().value()).orElse(null),
                s.evaluation().map(e -> Columns.instant(e.at())).orElse(null),
                ack(s.acknowledgement()), review(s.review()), json.facts(s.context()));
        List<ItemRow> items = new ArrayList<>();
        List<AdjustmentRow> adjustments = new ArrayList<>();
        List<SignatureRow> signatures = new ArrayList<>();
        List<RevisionRow> revisions = new ArrayList<>();

        for (SignedRevision prior : s.priorRevisions()) {
            revisions.add(new RevisionRow(id, prior.number(), prior.amendedBy().value(), prior.amendmentReason(),
                    Columns.instant(prior.amendedAt()), json.facts(prior.context())));
            addRevision(id, prior.number(), prior.items(), prior.signatures(), items, adjustments, signatures);
        }
        addRevision(id, s.revision(), s.items(), s.signatures(), items, adjustments, signatures);

        List<ResultRow> results = new ArrayList<>();
        List<EvidenceRow> evidence = new ArrayList<>();
        int resultOrdinal = 0;
        for (Map.Entry<ItemId, ItemResult> e : s.results().entrySet()) {
            String itemId = e.getKey().value();
            ItemResult result = e.getValue();
            results.add(new ResultRow(id, itemId, resultOrdinal++, result.reportedBy().value(), Columns.instant(result.reportedAt()),
                    json.facts(result.facts())));
            int evidenceOrdinal = 0;
            for (EvidenceRef ref : result.evidence()) {
                evidence.add(evidenceRow(id, itemId, evidenceOrdinal++, ref));
            }
        }

        List<ItemEvaluationRow> itemEvaluations = new ArrayList<>();
        List<CompetencyRow> competencies = new ArrayList<>();
        s.evaluation().ifPresent(evaluation -> {
            int ordinal = 0;
            for (Map.Entry<ItemId, ItemEvaluation> e : evaluation.items().entrySet()) {
                ItemEvaluation ie = e.getValue();
                itemEvaluations.add(new ItemEvaluationRow(id, e.getKey().value(), ordinal++,
                        ie.override().map(LevelOverride::level).orElse(null), ie.override().map(LevelOverride::reason).orElse(null),
                        ie.comment(), json.facts(ie.judgements())));
            }
            int c = 0;
            for (Map.Entry<String, Integer> level : evaluation.competencies().levels().entrySet()) {
                competencies.add(new CompetencyRow(id, level.getKey(), c++, level.getValue()));
            }
        });

        List<ReopeningRow> reopenings = new ArrayList<>();
        int r = 0;
        for (Reopening reopening : s.reopenings()) {
            reopenings.add(new ReopeningRow(id, r++, reopening.by().value(), reopening.reason(), Columns.instant(reopening.at()),
                    reopening.from().name(), ack(reopening.setAsideAcknowledgement()), review(reopening.setAsideReview())));
        }
        return new AgreementRows(header, items, adjustments, signatures, revisions, results, evidence, itemEvaluations,
                competencies, reopenings);
    }

    private void addRevision(String id, int revision, List<Item> revisionItems, List<Signature> revisionSignatures,
                             List<ItemRow> items, List<AdjustmentRow> adjustments, List<SignatureRow> signatures) {
        int ordinal = 0;
        for (Item item : revisionItems) {
            items.add(new ItemRow(id, revision, item.id().value(), ordinal++, item.section().name(), item.indicator().code(),
                    item.indicator().version(), Columns.decimal(item.weight()), item.responsibleUnit(),
                    item.parent().map(p -> p.agreement().value()).orElse(null), item.parent().map(p -> p.item().value()).orElse(null),
                    item.adjustmentReason(), item.rollUp().map(r -> r.method().name()).orElse(null),
                    item.rollUp().flatMap(RollUp::fact).orElse(null)));
            for (Map.Entry<Integer, Criterion> a : item.targetAdjustments().entrySet()) {
                adjustments.add(new AdjustmentRow(id, revision, item.id().value(), a.getKey(), json.criterion(a.getValue())));
            }
        }
        int s = 0;
        for (Signature signature : revisionSignatures) {
            signatures.add(new SignatureRow(id, revision, signature.role().name(), s++, signature.signer().value(),
                    Columns.instant(signature.at())));
        }
    }

    private static AckColumns ack(Optional<Acknowledgement> acknowledgement) {
        if (acknowledgement.isEmpty()) {
            return AckColumns.NONE;
        }
        Acknowledgement a = acknowledgement.get();
        if (a instanceof Acknowledgement.Refused refused) {
            return new AckColumns(REFUSED, refused.notifier().value(), refused.witness().value(), refused.note(),
                    Columns.instant(refused.at()));
        }
        Acknowledgement.Acknowledged acknowledged = (Acknowledgement.Acknowledged) a;
        return new AckColumns(ACKNOWLEDGED, acknowledged.appraisee().value(), null, null, Columns.instant(acknowledged.at()));
    }

    private static ReviewColumns review(Optional<Review> review) {
        return review.map(r -> new ReviewColumns(r.reviewer().value(), r.opinion(), Columns.instant(r.at()))).orElse(ReviewColumns.NONE);
    }

    // ---------------------------------------------------------------- rows -> snapshot

    /** The snapshot the rows hold; each list of rows must come in ordinal order (and items by revision). */
    AgreementSnapshot toSnapshot(AgreementRows rows) {
        return toSnapshot(rows, new SharedValues());
    }

    /** As {@link #toSnapshot(AgreementRows)}, sharing equal values with the other agreements restored with {@code shared}. */
    AgreementSnapshot toSnapshot(AgreementRows rows, SharedValues shared) {
        HeaderRow h = rows.header();
        String where = "agreement " + h.id();

        Map<String, Map<Integer, Criterion>> adjustments = new LinkedHashMap<>();
        for (AdjustmentRow a : rows.adjustments()) {
            adjustments.computeIfAbsent(a.revision() + "/" + a.itemId(), k -> new LinkedHashMap<>())
                    .put(a.level(), json.criterion(a.criterion(), where + " item " + a.itemId() + " level " + a.level()));
        }
        Map<Integer, List<Item>> items = new LinkedHashMap<>();
        for (ItemRow i : rows.items()) {
            Optional<ItemRef> parent = i.parentAgreementId() == null ? Optional.empty()
                    : Optional.of(new ItemRef(new AgreementId(i.parentAgreementId()), shared.item(i.parentItemId())));
            items.computeIfAbsent(i.revision(), k -> new ArrayList<>()).add(new Item(shared.item(i.itemId()), Section.valueOf(i.section()),
                    shared.indicator(i.indicatorCode(), i.indicatorVersion()), shared.decimal(i.weight()), shared.name(i.responsibleUnit()),
                    parent,
                    ImmutableMap.copyOf(adjustments.getOrDefault(i.revision() + "/" + i.itemId(), Map.of())), i.adjustmentReason(),
                    i.rollUpMethod() == null ? Optional.empty()
                            : Optional.of(new RollUp(RollUpMethod.valueOf(i.rollUpMethod()), Optional.ofNullable(i.rollUpFact())))));
        }
        Map<Integer, List<Signature>> signatures = new LinkedHashMap<>();
        for (SignatureRow s : rows.signatures()) {
            signatures.computeIfAbsent(s.revision(), k -> new ArrayList<>())
                    .add(new Signature(shared.person(s.signerId()), SignatureRole.valueOf(s.role()), Columns.instant(s.signedAt())));
        }
        Map<String, List<EvidenceRef>> evidence = new LinkedHashMap<>();
        for (EvidenceRow e : rows.evidence()) {
            evidence.computeIfAbsent(e.itemId(), k -> new ArrayList<>()).add(evidenceRef(e));
        }
        ImmutableMap.Builder<ItemId, ItemResult> results = ImmutableMap.builder();
        for (ResultRow r : rows.results()) {
            results.put(shared.item(r.itemId()), new ItemResult(json.facts(r.facts(), () -> where + " item " + r.itemId() + " result"),
                    ImmutableList.copyOf(evidence.getOrDefault(r.itemId(), List.of())), shared.person(r.reportedBy()),
                    Columns.instant(r.reportedAt())));
        }
        Optional<Evaluation> evaluation = Optional.empty();
        if (h.evaluatedBy() != null) {
            ImmutableMap.Builder<ItemId, ItemEvaluation> evaluated = ImmutableMap.builder();
            for (ItemEvaluationRow e : rows.itemEvaluations()) {
                Optional<LevelOverride> override = e.overrideLevel() == null ? Optional.empty()
                        : Optional.of(new LevelOverride(e.overrideLevel(), e.overrideReason()));
                evaluated.put(shared.item(e.itemId()), new ItemEvaluation(json.facts(e.judgements(), () -> where + " item " + e.itemId()
                        + " judgements"), override, e.comment()));
            }
            Map<String, Integer> levels = new LinkedHashMap<>();
            rows.competencies().forEach(c -> levels.put(shared.name(c.code()), c.level()));
            evaluation = Optional.of(new Evaluation(shared.person(h.evaluatedBy()), evaluated.build(), CompetencyAssessment.of(levels),
                    Columns.instant(h.evaluatedAt())));
        }
        List<SignedRevision> prior = new ArrayList<>();
        for (RevisionRow r : rows.revisions()) {
            prior.add(new SignedRevision(r.revision(), ImmutableList.copyOf(items.getOrDefault(r.revision(), List.of())),
                    json.facts(r.context(), () -> where + " revision " + r.revision() + " context"),
                    ImmutableList.copyOf(signatures.getOrDefault(r.revision(), List.of())),
                    new PersonId(r.amendedBy()), r.amendmentReason(), Columns.instant(r.amendedAt())));
        }
        List<Reopening> reopenings = new ArrayList<>();
        for (ReopeningRow r : rows.reopenings()) {
            reopenings.add(new Reopening(new PersonId(r.reopenedBy()), r.reason(), Columns.instant(r.reopenedAt()),
                    AgreementStatus.valueOf(r.fromStatus()), acknowledgement(r.ack()), review(r.review())));
        }
        int current = h.revision();
        return new AgreementSnapshot(new AgreementId(h.id()), new RoundId(h.roundId()), shared.person(h.appraiseeId()),
                shared.person(h.evaluatorId()), Optional.ofNullable(h.parentId()).map(AgreementId::new),
                json.facts(h.context(), () -> where + " context"),
                ImmutableList.copyOf(items.getOrDefault(current, List.of())), results.build(), evaluation,
                ImmutableList.copyOf(signatures.getOrDefault(current, List.of())), acknowledgement(h.ack()), review(h.review()),
                AgreementStatus.valueOf(h.status()), h.version(), current, ImmutableList.copyOf(prior), ImmutableList.copyOf(reopenings));
    }

    private static Optional<Acknowledgement> acknowledgement(AckColumns a) {
        if (a.kind() == null) {
            return Optional.empty();
        }
        if (a.kind().equals(REFUSED)) {
            return Optional.of(new Acknowledgement.Refused(new PersonId(a.by()), new PersonId(a.witness()), a.note(),
                    Columns.instant(a.at())));
        }
        return Optional.of(new Acknowledgement.Acknowledged(new PersonId(a.by()), Columns.instant(a.at())));
    }

    private static Optional<Review> review(ReviewColumns r) {
        return r.by() == null ? Optional.empty()
                : Optional.of(new Review(new PersonId(r.by()), r.opinion(), Columns.instant(r.at())));
    }

    /** A file's row has its {@code evidence:sha256:} URI and what its bytes are; a link's its address and no SHA-256 (empty), size or type. */
    private static EvidenceRow evidenceRow(String agreement, String item, int ordinal, EvidenceRef ref) {
        if (ref instanceof EvidenceRef.File f) {
            return new EvidenceRow(agreement, item, ordinal, f.name(), f.uri(), f.sha256(), f.sizeBytes(), f.mediaType());
        }
        return new EvidenceRow(agreement, item, ordinal, ref.name(), ref.uri(), "", 0, "");
    }

    /**
     * A stored reference: a row with an {@code https:}/{@code http:} address is a link, any other a
     * file by its SHA-256. Rows written before files and links were told apart may hold a link with a
     * hash its client made up (read as the link), a URI of any scheme (the file, its URI set aside) or
     * a name with a path separator (tidied): an agreement stored then must still read.
     */
    private static EvidenceRef evidenceRef(EvidenceRow e) {
        String name = EvidenceRef.tidyName(e.name());
        String scheme = e.uri().toLowerCase(Locale.ROOT);
        if (scheme.startsWith("https:") || scheme.startsWith("http:") || e.sha256().isEmpty()) {
            try {
                return new EvidenceRef.Link(name, e.uri());
            } catch (DomainException notALink) {
                if (e.sha256().isEmpty()) {
                    throw notALink;
                }
            }
        }
        return new EvidenceRef.File(name, e.sha256(), e.sizeBytes(), e.mediaType());
    }
}
