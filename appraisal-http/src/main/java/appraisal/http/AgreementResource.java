package appraisal.http;

import static appraisal.http.ApiServer.BASE;

import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementScore;
import appraisal.domain.model.agreement.CompetencyAssessment;
import appraisal.domain.model.agreement.EvidenceRef;
import appraisal.domain.model.agreement.ItemEvaluation;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemResult;
import appraisal.domain.model.agreement.ItemScore;
import appraisal.domain.model.agreement.LevelOverride;
import appraisal.domain.model.agreement.RollUp;
import appraisal.domain.model.agreement.RollUpMethod;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.cascade.ChildItemResult;
import appraisal.domain.model.cascade.RolledUp;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.TreeCursor;
import appraisal.domain.model.interchange.AgreementDocument;
import appraisal.domain.model.interchange.FactsCodec;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.AddItemCommand;
import appraisal.domain.port.in.agreement.AdjustTargetsCommand;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.AmendAgreementCommand;
import appraisal.domain.port.in.agreement.ChangeWeightCommand;
import appraisal.domain.port.in.agreement.ImportAgreementCommand;
import appraisal.domain.port.in.agreement.RemoveItemCommand;
import appraisal.domain.port.in.cascade.RollUpReport;
import appraisal.domain.port.in.cascade.SetRollUpCommand;
import appraisal.domain.port.in.evidence.EvidenceDownload;
import appraisal.domain.port.in.evidence.EvidenceUpload;
import appraisal.domain.port.in.lifecycle.AcknowledgeCommand;
import appraisal.domain.port.in.lifecycle.CloseAgreementCommand;
import appraisal.domain.port.in.lifecycle.EvaluateAgreementCommand;
import appraisal.domain.port.in.lifecycle.RecordRefusalCommand;
import appraisal.domain.port.in.lifecycle.RecordResultCommand;
import appraisal.domain.port.in.lifecycle.ReopenAgreementCommand;
import appraisal.domain.port.in.lifecycle.ReviewAgreementCommand;
import appraisal.domain.port.in.lifecycle.SignAgreementCommand;
import appraisal.domain.port.in.lifecycle.SubmitSelfAssessmentCommand;
import appraisal.interchange.CascadeReportJson;
import appraisal.interchange.ParsedTree;
import appraisal.interchange.TreeText;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * Agreements: the interchange document with its version as the ETag, and every step of the
 * lifecycle as a sub-resource. Each change needs {@code If-Match}; the signed-in user is the actor,
 * so the audit trail names them. An agreement outside the caller's scope does not exist for them.
 */
final class AgreementResource {

    private static final String ONE = BASE + "/agreements/{id}";
    private static final String ITEM = ONE + "/items/{item}";

    private final ApiUseCases.Agreements uses;
    private final FactsCodec facts = new FactsCodec();
    private final AgreementJson documents;

    AgreementResource(ApiUseCases.Agreements uses, TreeText trees) {
        this.uses = uses;
        this.documents = new AgreementJson(uses.agreementCodec(), trees);
    }

    void declare(List<Route> routes) {
        routes.add(new Route("GET", BASE + "/agreements", Access.SIGNED_IN, this::list));
        routes.add(new Route("POST", BASE + "/agreements", Access.SIGNED_IN, this::draft));
        routes.add(new Route("GET", ONE, Access.SIGNED_IN, this::show));
        routes.add(new Route("GET", ONE + "/history", Access.SIGNED_IN, this::history));
        routes.add(new Route("GET", ONE + "/score", Access.SIGNED_IN, this::score));
        routes.add(new Route("GET", ONE + "/roll-up", Access.SIGNED_IN, this::rollUp));
        routes.add(new Route("GET", ONE + "/cascade", Access.SIGNED_IN, this::cascade));
        routes.add(new Route("POST", ONE + "/items", Access.SIGNED_IN, this::addItem));
        routes.add(new Route("PATCH", ITEM, Access.SIGNED_IN, this::changeItem));
        routes.add(new Route("DELETE", ITEM, Access.SIGNED_IN, this::removeItem));
        routes.add(new Route("PUT", ITEM + "/targets", Access.SIGNED_IN, this::adjustTargets));
        routes.add(new Route("PUT", ITEM + "/roll-up", Access.SIGNED_IN, this::setRollUp));
        routes.add(new Route("DELETE", ITEM + "/roll-up", Access.SIGNED_IN, this::removeRollUp));
        routes.add(new Route("PUT", ITEM + "/result", Access.SIGNED_IN, this::recordResult));
        routes.add(new Route("POST", ITEM + "/evidence", Access.SIGNED_IN, this::attachEvidence));
        routes.add(new Route("GET", ONE + "/evidence/{sha256}", Access.SIGNED_IN, this::evidenceFile));
        routes.add(new Route("POST", ONE + "/signatures", Access.SIGNED_IN, this::sign));
        routes.add(new Route("POST", ONE + "/amendments", Access.SIGNED_IN, this::amend));
        routes.add(new Route("POST", ONE + "/self-assessment", Access.SIGNED_IN, this::submit));
        routes.add(new Route("PUT", ONE + "/evaluation", Access.SIGNED_IN, this::evaluate));
        routes.add(new Route("POST", ONE + "/acknowledgement", Access.SIGNED_IN, this::acknowledge));
        routes.add(new Route("POST", ONE + "/refusal", Access.SIGNED_IN, this::refusal));
        routes.add(new Route("POST", ONE + "/review", Access.SIGNED_IN, this::review));
        routes.add(new Route("POST", ONE + "/reopenings", Access.SIGNED_IN, this::reopen));
        routes.add(new Route("POST", ONE + "/closure", Access.SIGNED_IN, this::close));
    }

    // ------------------------------------------------------------------ reading

    private void list(Call call) {
        RoundId round = new RoundId(call.requiredQuery("round"));
        uses.rounds().round(round);
        List<Agreement> found = call.query("appraisee")
                .map(p -> uses.agreements().ofAppraisee(round, new PersonId(p)))
                .orElseGet(() -> uses.agreements().inRound(round));
        call.json(200, call.page(found.stream().filter(a -> call.visibility().sees(a.appraisee()))
                .map(a -> call.raw(documents.text(a))).collect(Collectors.toList())));
    }

    private Agreement visible(Call call) {
        return call.visibleAgreement(uses.agreements());
    }

    private void show(Call call) {
        Agreement a = visible(call);
        call.agreement(200, a, documents.of(a));
    }

    private void history(Call call) {
        Agreement a = visible(call);
        call.json(200, call.page(uses.agreements().history(a.id()).stream().map(AgreementResource::view).collect(Collectors.toList())));
    }

    private void score(Call call) {
        Agreement a = visible(call);
        call.json(200, view(uses.scoreAgreement().score(a.id())));
    }

    private void rollUp(Call call) {
        Agreement a = visible(call);
        RollUpReport report = uses.rollUp().rollUp(a.id());
        call.json(200, new Views.RollUp(report.parent().value(), report.round().value(),
                report.items().stream().map(i -> view(call, i)).collect(Collectors.toList())));
    }

    private void cascade(Call call) {
        Agreement a = visible(call);
        call.tree(200, CascadeReportJson.write(uses.cascadeReport().report(a.id())));
    }

    // ------------------------------------------------------------------ drafting

    /**
     * Drafts from an agreement document, through the same import as the CLI's. A person has one
     * agreement per round: a document for someone who has one is refused (409
     * {@code agreement.already-exists}, naming it); changing it goes through its own routes (items,
     * amendments), each with the If-Match of the version seen.
     */
    private void draft(Call call) {
        ParsedTree parsed = call.tree();
        AgreementDocument document;
        AgreementId id;
        try {
            document = uses.agreementCodec().read(parsed.tree());
            if (!call.visibility().sees(document.appraisee())) {
                throw Call.hidden("person.not-found", "person " + document.appraisee().value());
            }
            id = uses.importAgreement().importAgreement(ImportAgreementCommand.draft(document, call.principal().acting())).agreement();
        } catch (DomainException e) {
            throw Call.located(parsed, e);
        }
        Agreement a = call.shown(uses.agreements(), id);
        call.context().header("Location", BASE + "/agreements/" + id.value());
        call.agreement(201, a, documents.of(a));
    }

    private void addItem(Call call) {
        change(call, c -> {
            return uses.editDraft().addItem(new AddItemCommand(c, call.body(Requests.AddItem.class).draft()));
        });
    }

    private void changeItem(Call call) {
        change(call, c -> uses.editDraft().changeWeight(new ChangeWeightCommand(c, item(call),
                call.body(Requests.ChangeItem.class).weight())));
    }

    private void removeItem(Call call) {
        change(call, c -> uses.editDraft().removeItem(new RemoveItemCommand(c, item(call))));
    }

    private void adjustTargets(Call call) {
        change(call, c -> {
            ParsedTree parsed = call.tree();
            try {
                TreeCursor root = TreeCursor.root(parsed.tree()).onlyFields(Set.of("levels", "reason"));
                Map<Integer, Criterion> levels = new LinkedHashMap<>();
                TreeCursor at = root.field("levels");
                for (String level : at.object().fields().keySet()) {
                    levels.put(level(at.field(level), level), uses.criteria().read(at.field(level)));
                }
                String reason = root.optionalField("reason").map(TreeCursor::text).orElse("");
                return uses.editDraft().adjustTargets(new AdjustTargetsCommand(c, item(call), ImmutableMap.copyOf(levels), reason));
            } catch (DomainException e) {
                throw Call.located(parsed, e);
            }
        });
    }

    private static int level(TreeCursor at, String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw at.error("agreement.bad-level", "target levels are 1 to 5, not '" + text + "'");
        }
    }

    private void setRollUp(Call call) {
        change(call, c -> {
            Requests.SetRollUp body = call.body(Requests.SetRollUp.class);
            RollUp rule = new RollUp(OrgResource.enumOf(RollUpMethod.class, body.method(), "method"), OrgResource.text(body.fact()));
            return uses.setRollUp().setRollUp(new SetRollUpCommand(c, item(call), Optional.of(rule)));
        });
    }

    private void removeRollUp(Call call) {
        change(call, c -> uses.setRollUp().setRollUp(new SetRollUpCommand(c, item(call), Optional.empty())));
    }

    // ------------------------------------------------------------------ lifecycle

    private void sign(Call call) {
        change(call, c -> uses.sign().sign(new SignAgreementCommand(c)));
    }

    private void amend(Call call) {
        change(call, c -> uses.amend().amend(new AmendAgreementCommand(c, call.body(Requests.Reason.class).reason())));
    }

    /**
     * Replaces one item's result: {@code {"facts": {...}, "evidence": [...]}}, each evidence a file
     * attached to this agreement ({@code {name, sha256, size, media_type}} as the upload answered) or
     * a link ({@code {name, uri}}), read by the agreement format's one mapping.
     */
    private void recordResult(Call call) {
        change(call, c -> {
            ParsedTree parsed = call.tree();
            try {
                TreeCursor root = TreeCursor.root(parsed.tree()).onlyFields(Set.of("facts", "evidence"));
                Facts reported = facts.read(root.field("facts"));
                List<EvidenceRef> evidence = new ArrayList<>();
                for (TreeCursor e : root.optionalField("evidence").map(TreeCursor::list).orElse(List.of())) {
                    evidence.add(uses.agreementCodec().readEvidence(e));
                }
                return uses.recordResult().record(new RecordResultCommand(c, item(call), reported, ImmutableList.copyOf(evidence)));
            } catch (DomainException e) {
                throw Call.located(parsed, e);
            }
        });
    }

    /**
     * Attaches a file to an item's result: the body is the file's bytes (any content type), the
     * query's {@code name} its file name. The item keeps its facts and evidence; the server works
     * out the file's SHA-256, size and type from the bytes.
     */
    private void attachEvidence(Call call) {
        ItemId item = item(call);
        change(call, c -> {
            String fileName = call.requiredQuery("name");
            byte[] bytes = call.context().bodyAsBytes();
            Optional<ItemResult> now = uses.agreements().show(c.agreement()).result(item);
            return uses.recordResult().record(new RecordResultCommand(c, item, now.map(ItemResult::facts).orElse(Facts.NONE),
                    now.map(ItemResult::evidence).orElse(ImmutableList.of()), ImmutableList.of(EvidenceUpload.of(fileName, bytes))));
        });
    }

    /** An evidence file of the agreement, through the agreement only: another agreement's file is not found here. */
    private void evidenceFile(Call call) {
        Agreement a = visible(call);
        String sha = call.path("sha256");
        EvidenceDownload file = uses.evidence().evidenceFile(a.id(), sha).orElseThrow(() ->
                Call.hidden("evidence.not-found", "evidence " + sha + " of agreement " + a.id().value()));
        call.download(file.file().name(), file.file().mediaType(), file.content());
    }

    private void submit(Call call) {
        change(call, c -> uses.submit().submit(new SubmitSelfAssessmentCommand(c)));
    }

    /**
     * The evaluator's evaluation: {@code {"items": {ITEM: {"judgements": {...}, "override": {"level": 3, "reason": "…"},
     * "comment": "…"}}, "competencies": {CODE: LEVEL}}}.
     */
    private void evaluate(Call call) {
        change(call, c -> {
            ParsedTree parsed = call.tree();
            try {
                TreeCursor root = TreeCursor.root(parsed.tree()).onlyFields(Set.of("items", "competencies"));
                ImmutableMap.Builder<ItemId, ItemEvaluation> items = ImmutableMap.builder();
                Optional<TreeCursor> given = root.optionalField("items");
                if (given.isPresent()) {
                    for (String item : given.get().object().fields().keySet()) {
                        TreeCursor e = given.get().field(item).onlyFields(Set.of("judgements", "override", "comment"));
                        Facts judged = e.optionalField("judgements").map(facts::read).orElse(Facts.NONE);
                        Optional<LevelOverride> override = e.optionalField("override").map(o -> {
                            o.onlyFields(Set.of("level", "reason"));
                            return o.build(() -> new LevelOverride(o.field("level").integer(),
                                    o.optionalField("reason").map(TreeCursor::text).orElse("")));
                        });
                        items.put(new ItemId(item), e.build(() -> new ItemEvaluation(judged, override,
                                e.optionalField("comment").map(TreeCursor::text).orElse(""))));
                    }
                }
                Map<String, Integer> levels = new LinkedHashMap<>();
                Optional<TreeCursor> competencies = root.optionalField("competencies");
                if (competencies.isPresent()) {
                    for (String code : competencies.get().object().fields().keySet()) {
                        levels.put(code, competencies.get().field(code).integer());
                    }
                }
                return uses.evaluate().evaluate(new EvaluateAgreementCommand(c, items.build(),
                        root.build(() -> CompetencyAssessment.of(levels))));
            } catch (DomainException e) {
                throw Call.located(parsed, e);
            }
        });
    }

    private void acknowledge(Call call) {
        change(call, c -> uses.acknowledge().acknowledge(new AcknowledgeCommand(c)));
    }

    private void refusal(Call call) {
        change(call, c -> {
            Requests.Refusal body = call.body(Requests.Refusal.class);
            return uses.acknowledge().recordRefusal(new RecordRefusalCommand(c, new PersonId(Optional.ofNullable(body.witness())
                    .orElseThrow(() -> DomainException.invalid("value.missing", "witness is required", "/witness"))),
                    body.note().orElse("")));
        });
    }

    private void review(Call call) {
        change(call, c -> uses.review().review(new ReviewAgreementCommand(c, call.body(Requests.Review.class).opinion())));
    }

    private void reopen(Call call) {
        change(call, c -> uses.reopen().reopen(new ReopenAgreementCommand(c, call.body(Requests.Reason.class).reason())));
    }

    private void close(Call call) {
        change(call, c -> {
            if (call.context().bodyAsBytes().length > 0) {
                call.body(Requests.Closure.class);
            }
            return uses.close().close(new CloseAgreementCommand(c));
        });
    }

    /**
     * One change to a visible agreement at the version the caller saw (If-Match, checked before the
     * body is read so a stale client learns it first); answers the agreement as it now is.
     *
     * <p>A change at any version ({@code If-Match: *}) is done once: the store holds the agreement
     * from the use case's read to its commit, so it saves over whatever version is current and
     * cannot meet another write in between; one at an explicit version meets it as the
     * stale-version refusal (412).
     *
     * <p>If the store stops answering after the change was saved, the read that shows it fails:
     * the caller is told the change was saved (and as which version), not that the store was
     * unavailable, which a client would take for "nothing saved" and send the change again.
     */
    private void change(Call call, ToLongFunction<AgreementChange> work) {
        Agreement before = visible(call);
        AgreementChange change = call.change(before.id());
        long version = work.applyAsLong(change);
        Agreement after;
        try {
            after = call.shown(uses.agreements(), before.id());
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.UNAVAILABLE) {
                throw e;
            }
            throw DomainException.unavailable("store.saved-not-shown", "the change was saved: agreement " + before.id().value()
                    + " is now at version " + version + ", but the store stopped answering before it could be shown (" + e.getMessage()
                    + "); do not send the change again: GET the agreement once the store answers");
        }
        call.agreement(200, after, documents.of(after));
    }

    private static ItemId item(Call call) {
        return new ItemId(call.path("item"));
    }

    // ------------------------------------------------------------------ views

    static Views.Event view(DomainEvent e) {
        return new Views.Event(e.type(), e.version(), e.actor().value(), e.at(), e.before(), e.after());
    }

    static Views.Score view(AgreementScore s) {
        List<Views.ItemScore> items = new ArrayList<>();
        for (ItemScore i : s.items()) {
            items.add(new Views.ItemScore(i.item().value(), i.indicator().code() + "@" + i.indicator().version(), i.weight(), i.level(),
                    i.score(), i.decided(), i.override().map(LevelOverride::level), List.copyOf(i.computed().missingFacts())));
        }
        return new Views.Score(s.agreement().value(), OrgResource.name(s.status()), s.achievement(), s.decided(), items,
                s.finalScore().map(f -> new Views.FinalScore(f.achievement(), f.competency(), f.total(), f.rating().name())));
    }

    private Views.RolledUpItem view(Call call, RolledUp r) {
        List<Views.ChildResult> children = new ArrayList<>();
        for (ChildItemResult c : r.children()) {
            children.add(new Views.ChildResult(c.agreement().value(), c.appraisee().value(), OrgResource.name(c.status()), c.score().level(),
                    c.score().score(), c.fact().map(v -> call.raw(FactsCodec.writeValue(v)))));
        }
        return new Views.RolledUpItem(r.item().value(), r.rule().map(x -> OrgResource.name(x.method())), r.rule().flatMap(RollUp::fact),
                children, r.value().map(v -> call.raw(FactsCodec.writeValue(v))), r.missing().stream().map(PersonId::value)
                .collect(Collectors.toList()));
    }
}
