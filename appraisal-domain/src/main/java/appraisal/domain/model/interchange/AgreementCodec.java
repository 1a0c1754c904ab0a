package appraisal.domain.model.interchange;

import appraisal.domain.model.agreement.Acknowledgement;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.EvidenceRef;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemEvaluation;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.agreement.ItemResult;
import appraisal.domain.model.agreement.RollUp;
import appraisal.domain.model.agreement.RollUpMethod;
import appraisal.domain.model.agreement.Signature;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.criterion.TreeCursor;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The one mapping between agreements and the interchange tree. {@link #write} gives the whole
 * agreement as people and scripts read it: header, office facts, items with their results and
 * evaluation, competencies, signatures and the rest of the lifecycle. {@link #read} takes what a
 * draft needs from such a file (see {@link AgreementDocument}); the other keys are accepted and
 * left aside, so an exported file can be edited and drafted again.
 */
public final class AgreementCodec {

    private static final Set<String> TOP = Set.of("agreement", "round", "appraisee", "evaluator", "parent", "status", "version",
            "revision", "context", "items", "competencies", "signatures", "acknowledgement", "review", "reopenings");
    private static final Set<String> ITEM = Set.of("item", "indicator", "indicator_version", "section", "weight", "responsible_unit",
            "parent", "targets", "targets_reason", "result", "evaluation", "roll_up");

    private final CriterionCodec criteria;
    private final FactsCodec facts = new FactsCodec();

    public AgreementCodec(CriterionCodec criteria) {
        this.criteria = criteria;
    }

    public Node.Obj write(Agreement a) {
        Node.ObjBuilder o = Node.obj()
                .put("agreement", a.id().value())
                .put("round", a.round().value())
                .put("appraisee", a.appraisee().value())
                .put("evaluator", a.evaluator().value())
                .putIfPresent("parent", a.parent().map(p -> Node.text(p.value())))
                .put("status", RubricCodec.name(a.status()))
                .put("version", a.version())
                .put("revision", a.revision());
        if (!a.context().isEmpty()) {
            o.put("context", facts.write(a.context()));
        }
        List<Node> items = new ArrayList<>();
        for (Item item : a.items()) {
            items.add(writeItem(a, item));
        }
        o.put("items", Node.arr(items));
        a.competencies().filter(c -> !c.levels().isEmpty()).ifPresent(c -> {
            Node.ObjBuilder levels = Node.obj();
            c.levels().forEach((code, level) -> levels.put(code, level.longValue()));
            o.put("competencies", levels.build());
        });
        List<Node> signatures = new ArrayList<>();
        for (Signature s : a.signatures()) {
            signatures.add(Node.obj().put("signer", s.signer().value()).put("role", RubricCodec.name(s.role()))
                    .put("at", s.at().toString()).build());
        }
        if (!signatures.isEmpty()) {
            o.put("signatures", Node.arr(signatures));
        }
        a.acknowledgement().ifPresent(ack -> o.put("acknowledgement", writeAcknowledgement(ack)));
        a.review().ifPresent(r -> o.put("review", Node.obj().put("reviewer", r.reviewer().value()).put("opinion", r.opinion())
                .put("at", r.at().toString()).build()));
        if (!a.reopenings().isEmpty()) {
            List<Node> reopenings = new ArrayList<>();
            a.reopenings().forEach(r -> reopenings.add(Node.obj().put("by", r.by().value()).put("reason", r.reason())
                    .put("at", r.at().toString()).put("from", RubricCodec.name(r.from())).build()));
            o.put("reopenings", Node.arr(reopenings));
        }
        return o.build();
    }

    private Node writeItem(Agreement a, Item item) {
        Node.ObjBuilder o = Node.obj()
                .put("item", item.id().value())
                .put("indicator", item.indicator().code())
                .put("indicator_version", item.indicator().version())
                .put("section", RubricCodec.name(item.section()))
                .put("weight", item.weight());
        if (!item.responsibleUnit().isEmpty()) {
            o.put("responsible_unit", item.responsibleUnit());
        }
        item.parent().ifPresent(p -> o.put("parent", Node.obj().put("agreement", p.agreement().value()).put("item", p.item().value()).build()));
        if (!item.targetAdjustments().isEmpty()) {
            Node.ObjBuilder targets = Node.obj();
            item.targetAdjustments().forEach((level, c) -> targets.put(String.valueOf(level), criteria.write(c)));
            o.put("targets", targets.build()).put("targets_reason", item.adjustmentReason());
        }
        item.rollUp().ifPresent(r -> o.put("roll_up", Node.obj().put("method", RubricCodec.name(r.method()))
                .putIfPresent("fact", r.fact().map(Node::text)).build()));
        a.result(item.id()).ifPresent(r -> o.put("result", writeResult(r)));
        a.evaluationOf(item.id()).ifPresent(e -> o.put("evaluation", writeEvaluation(e)));
        return o.build();
    }

    private Node writeResult(ItemResult r) {
        List<Node> evidence = new ArrayList<>();
        for (EvidenceRef e : r.evidence()) {
            evidence.add(writeEvidence(e));
        }
        Node.ObjBuilder o = Node.obj().put("facts", facts.write(r.facts()));
        if (!evidence.isEmpty()) {
            o.put("evidence", Node.arr(evidence));
        }
        return o.put("reported_by", r.reportedBy().value()).put("reported_at", r.reportedAt().toString()).build();
    }

    /**
     * One piece of evidence: a file attached to the agreement as {@code {name, uri, sha256, size,
     * media_type}} ({@code uri} is {@code evidence:sha256:…}), a link as {@code {name, uri}}.
     */
    public Node writeEvidence(EvidenceRef e) {
        Node.ObjBuilder o = Node.obj().put("name", e.name()).put("uri", e.uri());
        if (e instanceof EvidenceRef.File f) {
            o.put("sha256", f.sha256()).put("size", f.sizeBytes()).put("media_type", f.mediaType());
        }
        return o.build();
    }

    /**
     * One piece of evidence as {@link #writeEvidence} writes it: with {@code sha256} a file (its
     * {@code size} and {@code media_type} as the upload answered; {@code uri}, if given, its
     * {@code evidence:sha256:…}), else a link ({@code name} and an {@code https:} or {@code http:}
     * {@code uri}). Whether such a file is attached to the agreement is the use case's rule.
     */
    public EvidenceRef readEvidence(TreeCursor at) {
        if (at.object().fields().containsKey("sha256")) {
            at.onlyFields(Set.of("name", "uri", "sha256", "size", "media_type"));
            EvidenceRef.File file = at.build(() -> new EvidenceRef.File(at.field("name").text(), at.field("sha256").text(),
                    wholeBytes(at.field("size")), at.field("media_type").text()));
            at.optionalField("uri").ifPresent(u -> {
                if (!u.text().equals(file.uri())) {
                    throw u.error("evidence.bad-uri", "the uri of an attached file is " + file.uri() + " (its sha256), got '"
                            + u.text() + "'; leave it out or give that");
                }
            });
            return file;
        }
        at.onlyFields(Set.of("name", "uri"));
        return at.build(() -> new EvidenceRef.Link(at.field("name").text(), at.field("uri").text()));
    }

    private static long wholeBytes(TreeCursor at) {
        try {
            return at.number().longValueExact();
        } catch (ArithmeticException e) {
            throw at.error("evidence.bad-size", "an evidence size is a whole number of bytes");
        }
    }

    private Node writeEvaluation(ItemEvaluation e) {
        Node.ObjBuilder o = Node.obj();
        if (!e.judgements().isEmpty()) {
            o.put("judgements", facts.write(e.judgements()));
        }
        e.override().ifPresent(ov -> o.put("override", Node.obj().put("level", ov.level()).put("reason", ov.reason()).build()));
        if (!e.comment().isEmpty()) {
            o.put("comment", e.comment());
        }
        return o.build();
    }

    private static Node writeAcknowledgement(Acknowledgement ack) {
        if (ack instanceof Acknowledgement.Refused r) {
            return Node.obj().put("refused", true).put("notifier", r.notifier().value()).put("witness", r.witness().value())
                    .put("note", r.note()).put("at", r.at().toString()).build();
        }
        Acknowledgement.Acknowledged k = (Acknowledgement.Acknowledged) ack;
        return Node.obj().put("refused", false).put("appraisee", k.appraisee().value()).put("at", k.at().toString()).build();
    }

    public AgreementDocument read(Node tree) {
        TreeCursor root = TreeCursor.root(tree).onlyFields(TOP);
        List<AgreementDocument.ItemDocument> items = new ArrayList<>();
        for (TreeCursor i : root.field("items").list()) {
            i.onlyFields(ITEM);
            Map<Integer, Criterion> targets = new LinkedHashMap<>();
            i.optionalField("targets").ifPresent(t -> {
                for (String level : t.object().fields().keySet()) {
                    TreeCursor at = t.field(level);
                    int n;
                    try {
                        n = Integer.parseInt(level);
                    } catch (NumberFormatException e) {
                        throw at.error("agreement.bad-level", "target levels are 1 to 5, not '" + level + "'");
                    }
                    targets.put(n, criteria.read(at));
                }
            });
            items.add(new AgreementDocument.ItemDocument(
                    i.optionalField("indicator").orElseGet(() -> i.field("item")).text(),
                    i.optionalField("indicator_version").map(v -> OptionalInt.of(v.integer())).orElse(OptionalInt.empty()),
                    RubricCodec.enumOf(Section.class, i.field("section"), "section"),
                    i.field("weight").number(),
                    i.optionalField("responsible_unit").map(TreeCursor::text).orElse(""),
                    i.optionalField("parent").map(p -> {
                        p.onlyFields(Set.of("agreement", "item"));
                        return new ItemRef(new AgreementId(p.field("agreement").text()), new ItemId(p.field("item").text()));
                    }),
                    ImmutableMap.copyOf(targets),
                    i.optionalField("targets_reason").map(TreeCursor::text).orElse(""),
                    i.optionalField("roll_up").map(r -> {
                        r.onlyFields(Set.of("method", "fact"));
                        return r.build(() -> new RollUp(RubricCodec.enumOf(RollUpMethod.class, r.field("method"), "method"),
                                r.optionalField("fact").map(TreeCursor::text)));
                    })));
        }
        return new AgreementDocument(new RoundId(root.field("round").text()), new PersonId(root.field("appraisee").text()),
                root.optionalField("evaluator").map(e -> new PersonId(e.text())),
                root.optionalField("parent").map(p -> new AgreementId(p.text())),
                root.optionalField("context").map(facts::read).orElse(appraisal.domain.model.criterion.Facts.NONE),
                ImmutableList.copyOf(items));
    }
}
