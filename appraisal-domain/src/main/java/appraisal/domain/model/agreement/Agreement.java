package appraisal.domain.model.agreement;

import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.ReviewPolicy;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The agreement (ข้อตกลงการปฏิบัติราชการ) between an appraisee and their evaluator for one round,
 * from the draft through signing, results, evaluation, acknowledgement and review to closing.
 *
 * <p><b>Boundary.</b> One agreement owns its items, the results and evidence reported for them,
 * the evaluation, the signatures, the acknowledgement, the review, its signed revisions and its
 * reopen trace. It refers to everything else by id: the round, the people, the parent agreement,
 * parent items in other agreements, indicator versions. Rules that need those other things (is
 * the reviewer the evaluator's supervisor? does the round require a review? are the reported
 * facts declared by the indicator?) belong to the use case, which passes in what it learnt.
 *
 * <p><b>Invariants.</b>
 * <ul>
 *   <li>The appraisee and the evaluator are different people.</li>
 *   <li>Items, weights and targets change only in {@link AgreementStatus#DRAFT}; item ids and
 *       indicator codes are unique within the agreement.</li>
 *   <li>It becomes {@link AgreementStatus#AGREED} only when both parties have signed one set of
 *       items whose weights sum to exactly 100.00. Editing a draft withdraws any signature on it.</li>
 *   <li>Nothing signed is edited in place: {@link #amend} starts a new revision and keeps the
 *       signed one in {@link #priorRevisions()}; {@link #reopen} records a {@link Reopening}
 *       keeping the acknowledgement and review it sets aside.</li>
 *   <li>Results and evaluations exist only for items of the agreement.</li>
 *   <li>Only the lifecycle's transitions happen; any other is refused with the stable code
 *       {@code agreement.illegal-transition}. The status is checked first, then who acts, then what they give.</li>
 *   <li>Every state change appends exactly one {@link DomainEvent} to {@link #pendingEvents()}.</li>
 * </ul>
 *
 * <p><b>Versions.</b> {@link #version()} is the version the agreement was loaded with (0 for a
 * new draft). A repository saves only if the stored version still equals it, then calls
 * {@link #markSaved(long)} with the version it wrote. Time always comes in as an argument.
 */
public final class Agreement {

    /** The aggregate type named in this aggregate's audit events. */
    public static final String AGGREGATE_TYPE = "agreement";

    static final String ILLEGAL_TRANSITION = "agreement.illegal-transition";

    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    private final AgreementId id;
    private final RoundId round;
    private final PersonId appraisee;
    private final PersonId evaluator;
    private final Optional<AgreementId> parent;
    private Facts context;
    private final LinkedHashMap<ItemId, Item> items = new LinkedHashMap<>();
    private final LinkedHashMap<ItemId, ItemResult> results = new LinkedHashMap<>();
    private Optional<Evaluation> evaluation;
    private final List<Signature> signatures = new ArrayList<>();
    private Optional<Acknowledgement> acknowledgement;
    private Optional<Review> review;
    private AgreementStatus status;
    private long version;
    private int revision;
    private final List<SignedRevision> priorRevisions = new ArrayList<>();
    private final List<Reopening> reopenings = new ArrayList<>();
    private final List<DomainEvent> pendingEvents = new ArrayList<>();

    private Agreement(AgreementSnapshot s) {
        this.id = s.id();
        this.round = s.round();
        this.appraisee = s.appraisee();
        this.evaluator = s.evaluator();
        this.parent = s.parent();
        this.context = s.context();
        for (Item item : s.items()) {
            if (items.put(item.id(), item) != null) {
                throw inconsistent("item " + item.id() + " appears twice");
            }
        }
        this.results.putAll(s.results());
        this.evaluation = s.evaluation();
        this.signatures.addAll(s.signatures());
        this.acknowledgement = s.acknowledgement();
        this.review = s.review();
        this.status = s.status();
        this.version = s.version();
        this.revision = s.revision();
        this.priorRevisions.addAll(s.priorRevisions());
        this.reopenings.addAll(s.reopenings());
        checkConsistent();
    }

    /**
     * A new draft between {@code appraisee} and {@code evaluator}, possibly with items already
     * (a cascade drafts with its items). Raises {@code agreement.drafted}.
     */
    public static Agreement draft(AgreementId id, RoundId round, PersonId appraisee, PersonId evaluator,
                                  Optional<AgreementId> parent, Facts context, List<Item> items,
                                  PersonId actor, Instant at) {
        Require.present(items, "items");
        requireActing(actor, at);
        Agreement a = new Agreement(new AgreementSnapshot(id, round, appraisee, evaluator, parent, context,
                ImmutableList.of(), ImmutableMap.of(), Optional.empty(), ImmutableList.of(), Optional.empty(),
                Optional.empty(), AgreementStatus.DRAFT, 0, 1, ImmutableList.of(), ImmutableList.of()));
        for (Item item : items) {
            a.refuseDuplicate(item);
            a.items.put(item.id(), item);
        }
        Map<String, String> after = new LinkedHashMap<>();
        after.put("status", AgreementStatus.DRAFT.name());
        after.put("round", round.value());
        after.put("appraisee", appraisee.value());
        after.put("evaluator", evaluator.value());
        parent.ifPresent(p -> after.put("parent", p.value()));
        if (!context.isEmpty()) {
            after.put("context", AuditText.facts(context));
        }
        after.put("items", AuditText.items(a.items.values()));
        a.record("agreement.drafted", actor, at, Map.of(), after);
        return a;
    }

    /** Rebuilds an agreement from storage, exactly as it was saved; raises no event. */
    public static Agreement restore(AgreementSnapshot snapshot) {
        Require.present(snapshot, "snapshot");
        return new Agreement(snapshot);
    }

    /** The whole state as one value, for a repository to write. */
    public AgreementSnapshot snapshot() {
        return new AgreementSnapshot(id, round, appraisee, evaluator, parent, context, items(),
                ImmutableMap.copyOf(results), evaluation, signatures(), acknowledgement, review, status, version,
                revision, priorRevisions(), reopenings());
    }

    // ---------------------------------------------------------------- drafting (DRAFT only)

    /** Adds an item to the draft. Refused for a duplicate item id or indicator code. */
    public void addItem(Item item, PersonId actor, Instant at) {
        requireStatus(Act.EDIT_DRAFT);
        requireActing(actor, at);
        Require.present(item, "item");
        refuseDuplicate(item);
        Map<String, String> before = draftEditBefore();
        items.put(item.id(), item);
        recordDraftEdit("agreement.item-added", actor, at, before, Map.of("item", AuditText.item(item)));
    }

    /** Removes an item from the draft, with any result reported for it in an earlier revision. */
    public void removeItem(ItemId itemId, PersonId actor, Instant at) {
        requireStatus(Act.EDIT_DRAFT);
        requireActing(actor, at);
        Item removed = item(itemId);
        Map<String, String> before = draftEditBefore();
        before.put("item", AuditText.item(removed));
        items.remove(itemId);
        ItemResult droppedResult = results.remove(itemId);
        if (droppedResult != null) {
            before.put("result", AuditText.facts(droppedResult.facts()));
        }
        recordDraftEdit("agreement.item-removed", actor, at, before, Map.of());
    }

    /** Changes an item's weight in the draft. */
    public void changeWeight(ItemId itemId, BigDecimal weight, PersonId actor, Instant at) {
        requireStatus(Act.EDIT_DRAFT);
        requireActing(actor, at);
        Item old = item(itemId);
        Item changed = old.withWeight(weight);
        Map<String, String> before = draftEditBefore();
        before.put("item", itemId.value());
        before.put("weight", old.weight().toPlainString());
        items.put(itemId, changed);
        recordDraftEdit("agreement.item-weight-changed", actor, at, before,
                Map.of("item", itemId.value(), "weight", changed.weight().toPlainString()));
    }

    /**
     * Replaces an item's local target adjustments (level → criterion for this agreement only);
     * an empty map removes them. Adjustments need a reason.
     */
    public void adjustTargets(ItemId itemId, Map<Integer, ? extends Criterion> adjustments, String reason,
                              PersonId actor, Instant at) {
        requireStatus(Act.EDIT_DRAFT);
        requireActing(actor, at);
        Item old = item(itemId);
        Require.present(adjustments, "adjustments");
        Item changed = old.withTargetAdjustments(adjustments, reason);
        Map<String, String> before = draftEditBefore();
        before.put("item", itemId.value());
        before.put("targetAdjustments", AuditText.adjustments(old));
        items.put(itemId, changed);
        recordDraftEdit("agreement.item-targets-adjusted", actor, at, before,
                Map.of("item", itemId.value(), "targetAdjustments", AuditText.adjustments(changed)));
    }

    /**
     * Links a draft's item to the parent item it contributes to (an item of the evaluator's own
     * agreement), or unlinks it with empty. That the parent item exists and is the evaluator's is for
     * the use case to check, as only it sees other agreements.
     */
    public void linkItem(ItemId itemId, Optional<ItemRef> parentItem, PersonId actor, Instant at) {
        requireStatus(Act.EDIT_DRAFT);
        requireActing(actor, at);
        Require.present(parentItem, "parent");
        Item old = item(itemId);
        Map<String, String> before = draftEditBefore();
        before.put("item", AuditText.item(old));
        Item changed = old.withParent(parentItem);
        items.put(itemId, changed);
        recordDraftEdit("agreement.item-parent-set", actor, at, before, Map.of("item", AuditText.item(changed)));
    }

    /**
     * Sets (or, with empty, removes) the rule that computes an item's value from the items cascaded
     * from it. It is part of what is agreed, so it changes only in a draft, like the weights.
     */
    public void setRollUp(ItemId itemId, Optional<RollUp> rollUp, PersonId actor, Instant at) {
        requireStatus(Act.SET_ROLL_UP);
        requireActing(actor, at);
        Require.present(rollUp, "rollUp");
        Item old = item(itemId);
        Map<String, String> before = draftEditBefore();
        before.put("item", itemId.value());
        before.put("rollUp", AuditText.rollUp(old));
        Item changed = old.withRollUp(rollUp);
        items.put(itemId, changed);
        recordDraftEdit("agreement.item-roll-up-set", actor, at, before,
                Map.of("item", itemId.value(), "rollUp", AuditText.rollUp(changed)));
    }

    /**
     * Replaces the context facts (facts of the office, such as {@code office.headcount}, that
     * bracket criteria read). They are reported facts, not agreed terms, so they may change while
     * results may be reported; each signed revision keeps the context it was signed with.
     */
    public void updateContext(Facts newContext, PersonId actor, Instant at) {
        requireStatus(Act.UPDATE_CONTEXT);
        requireActing(actor, at);
        Require.present(newContext, "context");
        Map<String, String> before = Map.of("context", AuditText.facts(context));
        context = newContext;
        record("agreement.context-updated", actor, at, before, Map.of("context", AuditText.facts(context)));
    }

    // ---------------------------------------------------------------- agreeing

    /**
     * The appraisee or the evaluator signs the draft. Refused unless there is at least one item,
     * indicator codes are unique and the weights sum to exactly 100.00. When both have signed
     * the agreement is AGREED.
     */
    public void sign(PersonId signer, Instant at) {
        requireStatus(Act.SIGN);
        SignatureRole role = roleOf(signer);
        if (signatures.stream().anyMatch(s -> s.role() == role)) {
            throw DomainException.refused("agreement.already-signed", signer + " has already signed revision " + revision);
        }
        if (items.isEmpty()) {
            throw DomainException.refused("agreement.no-items", "an agreement without items cannot be signed");
        }
        Set<String> codes = new HashSet<>();
        for (Item item : items.values()) {
            if (!codes.add(item.indicator().code())) {
                throw DomainException.refused("agreement.duplicate-indicator",
                        "indicator " + item.indicator().code() + " appears in more than one item");
            }
        }
        BigDecimal total = totalWeight();
        if (total.compareTo(HUNDRED) != 0) {
            throw DomainException.refused("agreement.weights-not-100",
                    "weights sum to " + total.toPlainString() + "; they must sum to exactly 100.00");
        }
        Map<String, String> before = Map.of("status", status.name(), "signatures", AuditText.signatures(signatures));
        signatures.add(new Signature(signer, role, at));
        if (signatures.size() == SignatureRole.values().length) {
            status = AgreementStatus.AGREED;
        }
        record("agreement.signed", signer, at, before,
                Map.of("status", status.name(), "signatures", AuditText.signatures(signatures)));
    }

    /**
     * Starts a new revision of an agreed agreement, in DRAFT, with the same items and no
     * signatures; the signed revision is kept readable in {@link #priorRevisions()}.
     */
    public void amend(PersonId actor, String reason, Instant at) {
        requireStatus(Act.AMEND);
        roleOf(actor);
        String why = requireReason(reason, "agreement.amend-needs-reason", "amending a signed agreement needs a reason");
        priorRevisions.add(new SignedRevision(revision, items(), context, signatures(), actor, why, at));
        Map<String, String> before = Map.of("status", status.name(), "revision", String.valueOf(revision),
                "signatures", AuditText.signatures(signatures));
        revision++;
        signatures.clear();
        status = AgreementStatus.DRAFT;
        record("agreement.amended", actor, at, before,
                Map.of("status", status.name(), "revision", String.valueOf(revision), "signatures", "", "reason", why));
    }

    // ---------------------------------------------------------------- results

    /**
     * Records (or replaces) the result of one item: the appraisee reports, or the evaluator on
     * their behalf. Allowed once agreed, and again after a reopening.
     */
    public void recordResult(ItemId itemId, Facts facts, List<EvidenceRef> evidence, PersonId actor, Instant at) {
        requireStatus(Act.RECORD_RESULT);
        roleOf(actor);
        item(itemId);
        ItemResult result = new ItemResult(facts, ImmutableList.copyOf(Require.present(evidence, "evidence")), actor, at);
        Map<String, String> before = new LinkedHashMap<>();
        before.put("item", itemId.value());
        Optional.ofNullable(results.get(itemId)).ifPresent(old -> {
            before.put("facts", AuditText.facts(old.facts()));
            before.put("evidence", String.valueOf(old.evidence().size()));
        });
        results.put(itemId, result);
        record("agreement.result-recorded", actor, at, before, Map.of("item", itemId.value(),
                "facts", AuditText.facts(facts), "evidence", String.valueOf(result.evidence().size())));
    }

    /** Submits the self-assessment; refused, naming them, while any item has no result. */
    public void submitSelfAssessment(PersonId actor, Instant at) {
        requireStatus(Act.SUBMIT);
        roleOf(actor);
        List<String> missing = items.keySet().stream().filter(i -> !results.containsKey(i))
                .map(ItemId::value).collect(Collectors.toList());
        if (!missing.isEmpty()) {
            throw new DomainException(DomainException.Kind.REFUSED, "agreement.results-missing",
                    "no result yet for item(s) " + String.join(", ", missing), String.join(",", missing));
        }
        transition("agreement.self-assessment-submitted", AgreementStatus.SELF_ASSESSED, actor, at);
    }

    // ---------------------------------------------------------------- evaluation

    /**
     * The evaluator evaluates: per-item judgements, overrides (each with its reason) and
     * comments, plus the competency assessment. Items not in the map need no evaluator input.
     * Replaces the evaluation of an earlier pass after a reopening.
     */
    public void evaluate(PersonId by, Map<ItemId, ItemEvaluation> itemEvaluations, CompetencyAssessment competencies,
                         Instant at) {
        requireStatus(Act.EVALUATE);
        requireEvaluator(by, "evaluate");
        Require.present(itemEvaluations, "itemEvaluations");
        Require.present(competencies, "competencies");
        for (ItemId itemId : itemEvaluations.keySet()) {
            item(itemId);
        }
        // Keep the evaluation in the agreement's item order, whatever order the caller's map had.
        ImmutableMap.Builder<ItemId, ItemEvaluation> ordered = ImmutableMap.builder();
        for (ItemId itemId : items.keySet()) {
            ItemEvaluation e = itemEvaluations.get(itemId);
            if (e != null) {
                ordered.put(itemId, e);
            }
        }
        Evaluation next = new Evaluation(by, ordered.build(), competencies, at);
        Map<String, String> before = new LinkedHashMap<>();
        before.put("status", status.name());
        evaluation.ifPresent(e -> before.put("evaluation", AuditText.evaluation(e)));
        evaluation = Optional.of(next);
        status = AgreementStatus.EVALUATED;
        record("agreement.evaluated", by, at, before,
                Map.of("status", status.name(), "evaluation", AuditText.evaluation(next)));
    }

    // ---------------------------------------------------------------- acknowledgement, review, closing

    /** The appraisee signs to acknowledge the evaluation. */
    public void acknowledge(PersonId by, Instant at) {
        requireStatus(Act.ACKNOWLEDGE);
        Require.present(by, "actor");
        if (!by.equals(appraisee)) {
            throw DomainException.refused("agreement.not-the-appraisee",
                    by + " cannot acknowledge; only the appraisee " + appraisee + " can");
        }
        Acknowledgement ack = new Acknowledgement.Acknowledged(by, at);
        acknowledgement = Optional.of(ack);
        status = AgreementStatus.ACKNOWLEDGED;
        record("agreement.acknowledged", by, at, Map.of("status", AgreementStatus.EVALUATED.name()),
                Map.of("status", status.name(), "acknowledgement", AuditText.acknowledgement(ack)));
    }

    /**
     * The evaluator records that they notified the appraisee, who refused to sign; a witness who
     * is neither the appraisee nor the evaluator attests it.
     */
    public void refuse(PersonId notifier, PersonId witness, String note, Instant at) {
        requireStatus(Act.RECORD_REFUSAL);
        requireEvaluator(notifier, "record a refusal");
        Require.present(witness, "witness");
        if (witness.equals(appraisee) || witness.equals(evaluator)) {
            throw DomainException.refused("agreement.witness-not-independent",
                    witness + " cannot witness: the witness must be neither the appraisee nor the evaluator");
        }
        Acknowledgement refusal = new Acknowledgement.Refused(notifier, witness, note, at);
        acknowledgement = Optional.of(refusal);
        status = AgreementStatus.REFUSED;
        record("agreement.acknowledgement-refused", notifier, at, Map.of("status", AgreementStatus.EVALUATED.name()),
                Map.of("status", status.name(), "acknowledgement", AuditText.acknowledgement(refusal)));
    }

    /**
     * The reviewer gives an opinion. The reviewer may be neither party; that they are the
     * evaluator's supervisor is for the use case to check, as only it sees the org chart.
     */
    public void review(PersonId reviewer, String opinion, Instant at) {
        requireStatus(Act.REVIEW);
        Require.present(reviewer, "reviewer");
        if (reviewer.equals(appraisee) || reviewer.equals(evaluator)) {
            throw DomainException.refused("agreement.reviewer-not-independent",
                    reviewer + " cannot review an agreement they are a party to");
        }
        Review r = new Review(reviewer, opinion, at);
        AgreementStatus from = status;
        review = Optional.of(r);
        status = AgreementStatus.REVIEWED;
        record("agreement.reviewed", reviewer, at, Map.of("status", from.name()),
                Map.of("status", status.name(), "reviewer", reviewer.value(), "opinion", r.opinion()));
    }

    /**
     * Closes the agreement: after the review, or — where the authority allows, which the use case
     * asks, as only it knows the round's review policy and the org — as soon as it is acknowledged
     * or the refusal is recorded.
     */
    public void close(PersonId actor, Instant at) {
        requireStatus(Act.CLOSE);
        transition("agreement.closed", AgreementStatus.CLOSED, actor, at);
    }

    /**
     * Reopens an agreement from self-assessment onwards so results and the evaluation can be
     * recorded again. Needs a reason; leaves a {@link Reopening} that keeps the acknowledgement
     * and review it sets aside. Who may reopen, and until when, is the authority's (asked by the use case).
     */
    public void reopen(PersonId actor, String reason, Instant at) {
        requireStatus(Act.REOPEN);
        requireActing(actor, at);
        String why = requireReason(reason, "agreement.reopen-needs-reason", "reopening an agreement needs a reason");
        AgreementStatus from = status;
        reopenings.add(new Reopening(actor, why, at, from, acknowledgement, review));
        Map<String, String> before = new LinkedHashMap<>();
        before.put("status", from.name());
        acknowledgement.ifPresent(a -> before.put("acknowledgement", AuditText.acknowledgement(a)));
        review.ifPresent(r -> before.put("review", r.reviewer() + ": " + r.opinion()));
        acknowledgement = Optional.empty();
        review = Optional.empty();
        status = AgreementStatus.REOPENED;
        record("agreement.reopened", actor, at, before, Map.of("status", status.name(), "reason", why));
    }

    // ---------------------------------------------------------------- versions and events

    /** The version this agreement was loaded with (0 for a draft never saved). */
    public long version() {
        return version;
    }

    /** Refuses with a conflict unless the caller saw this version (e.g. an HTTP If-Match). */
    public void expectVersion(long expected) {
        if (expected != version) {
            throw DomainException.conflict("agreement.stale-version",
                    "agreement " + id + " is at version " + version + ", not " + expected + "; reload and try again");
        }
    }

    /** Called by a repository after it stored this agreement as {@code newVersion}. */
    public void markSaved(long newVersion) {
        if (newVersion <= version) {
            throw DomainException.invalid("agreement.bad-version",
                    "a saved version must be above " + version + ", got " + newVersion, "version");
        }
        version = newVersion;
    }

    /** Events raised since the last {@link #clearPendingEvents()}, oldest first. */
    public ImmutableList<DomainEvent> pendingEvents() {
        return ImmutableList.copyOf(pendingEvents);
    }

    public void clearPendingEvents() {
        pendingEvents.clear();
    }

    // ---------------------------------------------------------------- reading

    public AgreementId id() {
        return id;
    }

    public RoundId round() {
        return round;
    }

    public PersonId appraisee() {
        return appraisee;
    }

    public PersonId evaluator() {
        return evaluator;
    }

    public Optional<AgreementId> parent() {
        return parent;
    }

    public Facts context() {
        return context;
    }

    /** Items in the order of the form. */
    public ImmutableList<Item> items() {
        return ImmutableList.copyOf(items.values());
    }

    public ImmutableList<Item> items(Section section) {
        return items.values().stream().filter(i -> i.section() == section).collect(ImmutableList.toImmutableList());
    }

    public Optional<Item> findItem(ItemId itemId) {
        return Optional.ofNullable(items.get(itemId));
    }

    /** The sum of the items' weights, with two decimal places. */
    public BigDecimal totalWeight() {
        return items.values().stream().map(Item::weight).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    public ImmutableMap<ItemId, ItemResult> results() {
        return ImmutableMap.copyOf(results);
    }

    public Optional<ItemResult> result(ItemId itemId) {
        return Optional.ofNullable(results.get(itemId));
    }

    public Optional<Evaluation> evaluation() {
        return evaluation;
    }

    public Optional<ItemEvaluation> evaluationOf(ItemId itemId) {
        return evaluation.flatMap(e -> e.of(itemId));
    }

    public Optional<CompetencyAssessment> competencies() {
        return evaluation.map(Evaluation::competencies);
    }

    /**
     * The facts an item's criteria are checked against: the context facts, overlaid by the
     * reported result, overlaid by the evaluator's judgements (the evaluator has the last word).
     */
    public Facts factsFor(ItemId itemId) {
        item(itemId);
        Facts facts = context;
        ItemResult result = results.get(itemId);
        if (result != null) {
            facts = facts.overlaidBy(result.facts());
        }
        Optional<ItemEvaluation> judged = evaluationOf(itemId);
        return judged.isPresent() ? facts.overlaidBy(judged.get().judgements()) : facts;
    }

    /** Signatures on the current revision. */
    public ImmutableList<Signature> signatures() {
        return ImmutableList.copyOf(signatures);
    }

    public Optional<Acknowledgement> acknowledgement() {
        return acknowledgement;
    }

    public Optional<Review> review() {
        return review;
    }

    public AgreementStatus status() {
        return status;
    }

    /** The current revision number, 1 for the first draft; each amendment adds one. */
    public int revision() {
        return revision;
    }

    /** Signed revisions superseded by amendments, oldest first. */
    public ImmutableList<SignedRevision> priorRevisions() {
        return ImmutableList.copyOf(priorRevisions);
    }

    /** Every reopening, oldest first. */
    public ImmutableList<Reopening> reopenings() {
        return ImmutableList.copyOf(reopenings);
    }

    @Override
    public String toString() {
        return "Agreement " + id + " rev " + revision + " " + status + " (" + appraisee + " / " + evaluator + ")";
    }

    // ---------------------------------------------------------------- internals

    // The statuses are the authority table's, the one place that says which act is done when.
    private void requireStatus(Act... acts) {
        Set<AgreementStatus> ok = EnumSet.noneOf(AgreementStatus.class);
        for (Act act : acts) {
            ok.addAll(Authority.statuses(act));
        }
        if (!ok.contains(status)) {
            throw DomainException.refused(ILLEGAL_TRANSITION, "cannot " + acts[0].english() + " while agreement " + id + " is "
                    + status + "; allowed while it is " + ok.stream().map(Enum::name).collect(Collectors.joining(" or ")));
        }
    }

    private SignatureRole roleOf(PersonId person) {
        Require.present(person, "actor");
        if (person.equals(appraisee)) {
            return SignatureRole.APPRAISEE;
        }
        if (person.equals(evaluator)) {
            return SignatureRole.EVALUATOR;
        }
        throw DomainException.refused("agreement.not-a-party",
                person + " is neither the appraisee (" + appraisee + ") nor the evaluator (" + evaluator + ")");
    }

    private void requireEvaluator(PersonId person, String action) {
        Require.present(person, "actor");
        if (!person.equals(evaluator)) {
            throw DomainException.refused("agreement.not-the-evaluator",
                    person + " cannot " + action + "; only the evaluator " + evaluator + " can");
        }
    }

    private Item item(ItemId itemId) {
        Require.present(itemId, "itemId");
        Item item = items.get(itemId);
        if (item == null) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "agreement.item-not-found",
                    "agreement " + id + " has no item " + itemId, itemId.value());
        }
        return item;
    }

    private void refuseDuplicate(Item item) {
        if (items.containsKey(item.id())) {
            throw DomainException.refused("agreement.duplicate-item", "agreement " + id + " already has an item " + item.id());
        }
        for (Item other : items.values()) {
            if (other.indicator().code().equals(item.indicator().code())) {
                throw DomainException.refused("agreement.duplicate-indicator",
                        "indicator " + item.indicator().code() + " is already item " + other.id());
            }
        }
    }

    private static String requireReason(String reason, String code, String message) {
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid(code, message, "reason");
        }
        return reason.strip();
    }

    /** What a draft edit changes besides the item itself: the signatures it withdraws. */
    private Map<String, String> draftEditBefore() {
        Map<String, String> before = new LinkedHashMap<>();
        if (!signatures.isEmpty()) {
            before.put("signatures", AuditText.signatures(signatures));
        }
        return before;
    }

    // A signature covers the items as they were signed, so any edit withdraws it.
    private void recordDraftEdit(String type, PersonId actor, Instant at, Map<String, String> before, Map<String, String> after) {
        Map<String, String> afterWithSignatures = new LinkedHashMap<>(after);
        if (!signatures.isEmpty()) {
            signatures.clear();
            afterWithSignatures.put("signatures", "");
        }
        record(type, actor, at, before, afterWithSignatures);
    }

    private void transition(String type, AgreementStatus to, PersonId actor, Instant at) {
        requireActing(actor, at);
        AgreementStatus from = status;
        status = to;
        record(type, actor, at, Map.of("status", from.name()), Map.of("status", to.name()));
    }

    // Checked before any change, so a refused call leaves the agreement as it was.
    private static void requireActing(PersonId actor, Instant at) {
        Require.present(actor, "actor");
        Require.present(at, "at");
    }

    private void record(String type, PersonId actor, Instant at, Map<String, String> before, Map<String, String> after) {
        pendingEvents.add(DomainEvent.of(AGGREGATE_TYPE, id.value(), version, type, actor, at, before, after));
    }

    private void checkConsistent() {
        if (appraisee.equals(evaluator)) {
            throw DomainException.refused("agreement.self-evaluation",
                    appraisee + " cannot be both appraisee and evaluator");
        }
        if (version < 0) {
            throw inconsistent("version must be >= 0, got " + version);
        }
        if (revision < 1 || priorRevisions.size() != revision - 1) {
            throw inconsistent("revision " + revision + " with " + priorRevisions.size() + " prior revision(s)");
        }
        for (ItemId itemId : results.keySet()) {
            if (!items.containsKey(itemId)) {
                throw inconsistent("a result for item " + itemId + ", which the agreement does not have");
            }
        }
        evaluation.ifPresent(e -> e.items().keySet().forEach(itemId -> {
            if (!items.containsKey(itemId)) {
                throw inconsistent("an evaluation of item " + itemId + ", which the agreement does not have");
            }
        }));
        Map<SignatureRole, Signature> byRole = new HashMap<>();
        for (Signature s : signatures) {
            PersonId expected = s.role() == SignatureRole.APPRAISEE ? appraisee : evaluator;
            if (!s.signer().equals(expected) || byRole.put(s.role(), s) != null) {
                throw inconsistent("signature of " + s.signer() + " as " + s.role() + " does not fit the parties");
            }
        }
    }

    private DomainException inconsistent(String what) {
        return DomainException.invalid("agreement.inconsistent", "stored agreement " + id + " is inconsistent: " + what, "");
    }
}
