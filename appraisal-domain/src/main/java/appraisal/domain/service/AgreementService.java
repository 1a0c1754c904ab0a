package appraisal.domain.service;

import appraisal.domain.model.agreement.Act;
import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.CompetencyAssessment;
import appraisal.domain.model.agreement.EvidenceIntake;
import appraisal.domain.model.agreement.EvidenceRef;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.agreement.OneAgreementPerRound;
import appraisal.domain.model.agreement.Party;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.competency.Competency;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.Targets;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.Level;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.scoring.CompetencyScorer;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.store.StoreEpoch;
import appraisal.domain.port.in.agreement.AddItemCommand;
import appraisal.domain.port.in.agreement.AdjustTargetsCommand;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.AgreementQueries;
import appraisal.domain.port.in.agreement.AmendAgreementCommand;
import appraisal.domain.port.in.agreement.AmendAgreementUseCase;
import appraisal.domain.port.in.agreement.ChangeWeightCommand;
import appraisal.domain.port.in.agreement.ChangeWeightsCommand;
import appraisal.domain.port.in.agreement.DraftAgreementCommand;
import appraisal.domain.port.in.agreement.DraftAgreementUseCase;
import appraisal.domain.port.in.agreement.EditDraftUseCase;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.agreement.LinkItemCommand;
import appraisal.domain.port.in.agreement.RemoveItemCommand;
import appraisal.domain.port.in.agreement.RetargetCommand;
import appraisal.domain.port.in.agreement.UpdateContextCommand;
import appraisal.domain.port.in.agreement.UpdateContextUseCase;
import appraisal.domain.port.in.lifecycle.AcknowledgeCommand;
import appraisal.domain.port.in.lifecycle.AcknowledgeUseCase;
import appraisal.domain.port.in.lifecycle.AuthorityQueries;
import appraisal.domain.port.in.lifecycle.CloseAgreementCommand;
import appraisal.domain.port.in.lifecycle.CloseAgreementUseCase;
import appraisal.domain.port.in.lifecycle.EvaluateAgreementCommand;
import appraisal.domain.port.in.lifecycle.EvaluateAgreementUseCase;
import appraisal.domain.port.in.lifecycle.RecordRefusalCommand;
import appraisal.domain.port.in.lifecycle.RecordResultCommand;
import appraisal.domain.port.in.lifecycle.RecordResultUseCase;
import appraisal.domain.port.in.lifecycle.RecordResultsCommand;
import appraisal.domain.port.in.lifecycle.ReopenAgreementCommand;
import appraisal.domain.port.in.lifecycle.ReopenAgreementUseCase;
import appraisal.domain.port.in.lifecycle.ReviewAgreementCommand;
import appraisal.domain.port.in.lifecycle.ReviewAgreementUseCase;
import appraisal.domain.port.in.lifecycle.SignAgreementCommand;
import appraisal.domain.port.in.lifecycle.SignAgreementUseCase;
import appraisal.domain.port.in.lifecycle.SubmitSelfAssessmentCommand;
import appraisal.domain.port.in.lifecycle.SubmitSelfAssessmentUseCase;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.AuditSink;
import appraisal.domain.port.out.EvidenceStore;
import appraisal.domain.port.out.IdSource;
import appraisal.domain.port.out.IndicatorRepository;
import appraisal.domain.port.out.OrgUnitRepository;
import appraisal.domain.port.out.PersonRepository;
import appraisal.domain.port.out.RoundRepository;
import appraisal.domain.port.out.UnitOfWork;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The agreement's lifecycle use cases. Each change loads the agreement, checks the version the
 * caller saw, lets the aggregate act, saves it (optimistically locked) and appends its events to
 * the audit trail, in one unit of work.
 */
public final class AgreementService implements DraftAgreementUseCase, EditDraftUseCase, SignAgreementUseCase,
        AmendAgreementUseCase, RecordResultUseCase, SubmitSelfAssessmentUseCase, EvaluateAgreementUseCase,
        AcknowledgeUseCase, ReviewAgreementUseCase, CloseAgreementUseCase, ReopenAgreementUseCase, AgreementQueries,
        AuthorityQueries, UpdateContextUseCase {

    static final String AGGREGATE = "agreement";

    private final AgreementRepository agreements;
    private final IndicatorRepository indicators;
    private final PersonRepository people;
    private final RoundRepository rounds;
    private final AuditSink audit;
    private final UnitOfWork unitOfWork;
    private final IdSource ids;
    private final Clock clock;
    private final Authorities authorities;
    private final ParentLinks parentLinks;
    private final AgreementWrites writes;
    private final EvidenceStore evidence;

    public AgreementService(AgreementRepository agreements, IndicatorRepository indicators, PersonRepository people,
                            OrgUnitRepository units, RoundRepository rounds, AuditSink audit, UnitOfWork unitOfWork, IdSource ids,
                            Clock clock, EvidenceStore evidence) {
        this.agreements = agreements;
        this.indicators = indicators;
        this.people = people;
        this.rounds = rounds;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.ids = ids;
        this.clock = clock;
        this.authorities = new Authorities(people, units, rounds, clock);
        this.parentLinks = new ParentLinks(agreements, authorities);
        this.writes = new AgreementWrites(agreements, audit);
        this.evidence = evidence;
    }

    @Override
    public AgreementId draft(DraftAgreementCommand command) {
        Instant at = clock.instant();
        return unitOfWork.inTransaction(() -> {
            rounds.find(command.round()).orElseThrow(() -> DomainException.notFound("round.not-found",
                    "round " + command.round() + " is not open; open it first"));
            Person appraisee = person(command.appraisee());
            person(command.evaluator());
            if (!appraisee.supervisor().map(command.evaluator()::equals).orElse(false)) {
                throw DomainException.refused("agreement.evaluator-not-supervisor", "the evaluator of " + appraisee.name()
                        + " is their supervisor " + appraisee.supervisor().map(PersonId::value).orElse("(none recorded)")
                        + ", not " + command.evaluator());
            }
            Party actedAs = authorities.requireNew(Act.DRAFT, command.round(), Optional.of(command.appraisee()), command.evaluator(),
                    command.actor(), "the agreement of " + command.appraisee() + " in round " + command.round());
            requireNoAgreementYet(command.round(), command.appraisee());
            command.parent().ifPresent(p -> parentLinks.require(p, command.round(), command.evaluator(), command.actor()));
            List<Item> items = new ArrayList<>();
            for (ItemDraft draft : command.items()) {
                items.add(item(draft, command.round(), command.evaluator(), command.actor()));
            }
            Agreement agreement = Agreement.draft(new AgreementId(ids.newId("AG-")), command.round(), command.appraisee(),
                    command.evaluator(), command.parent(), command.context(), items, command.actor().id(), at);
            save(agreement, actedAs);
            return agreement.id();
        });
    }

    /** One agreement per person per round: a second draft is refused, naming the agreement they have. */
    private void requireNoAgreementYet(RoundId round, PersonId appraisee) {
        OneAgreementPerRound.requireNone(round, appraisee, agreements.ofAppraisee(round, appraisee));
    }

    /** An item of a draft; the parent item it links to, when it names one, must pass {@link ParentLinks}. */
    private Item item(ItemDraft draft, RoundId round, PersonId evaluator, Actor actor) {
        draft.parent().map(ItemRef::agreement).ifPresent(p -> parentLinks.require(p, round, evaluator, actor));
        return DraftItems.item(indicators, draft);
    }

    @Override
    public long addItem(AddItemCommand c) {
        return change(c.change(), Act.EDIT_DRAFT, (a, at) -> a.addItem(item(c.item(), a.round(), a.evaluator(), c.change().actor()),
                c.change().person(), at));
    }

    @Override
    public long removeItem(RemoveItemCommand c) {
        return change(c.change(), Act.EDIT_DRAFT, (a, at) -> a.removeItem(c.item(), c.change().person(), at));
    }

    @Override
    public long changeWeight(ChangeWeightCommand c) {
        return change(c.change(), Act.EDIT_DRAFT, (a, at) -> a.changeWeight(c.item(), c.weight(), c.change().person(), at));
    }

    @Override
    public long adjustTargets(AdjustTargetsCommand c) {
        return change(c.change(), Act.EDIT_DRAFT, (a, at) -> a.adjustTargets(c.item(), c.levels(), c.reason(), c.change().person(), at));
    }

    @Override
    public long updateContext(UpdateContextCommand c) {
        return change(c.change(), Act.UPDATE_CONTEXT, (a, at) -> a.updateContext(c.context(), c.change().person(), at));
    }

    @Override
    public long changeWeights(ChangeWeightsCommand c) {
        return change(c.change(), Act.EDIT_DRAFT, (a, at) -> {
            int changed = 0;
            for (Map.Entry<ItemId, BigDecimal> w : c.weights().entrySet()) {
                Item item = a.findItem(w.getKey()).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                        "agreement.item-not-found", "agreement " + a.id() + " has no item " + w.getKey(), w.getKey().value()));
                if (item.weight().compareTo(w.getValue()) != 0) {
                    try {
                        a.changeWeight(item.id(), w.getValue(), c.change().person(), at);
                    } catch (DomainException e) {
                        // which of the weights it was: the form has one per item
                        throw e.location().equals("weight")
                                ? new DomainException(e.kind(), e.code(), e.getMessage(), "weights/" + item.id().value()) : e;
                    }
                    changed++;
                }
            }
            if (changed == 0) {
                throw DomainException.refused("agreement.weights-unchanged", "every weight given is the item's weight already");
            }
        });
    }

    @Override
    public long retarget(RetargetCommand c) {
        return change(c.change(), Act.EDIT_DRAFT, (a, at) -> {
            Item item = a.findItem(c.item()).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                    "agreement.item-not-found", "agreement " + a.id() + " has no item " + c.item(), c.item().value()));
            Indicator indicator = indicators.find(item.indicator()).orElseThrow(() -> DomainException.notFound("indicator.not-found",
                    "indicator " + item.indicator() + " is not stored"));
            Map<Integer, Criterion> adjusted = new TreeMap<>(item.targetAdjustments());
            c.levels().forEach((level, values) -> {
                if (level < 1 || level > Level.COUNT) {
                    throw DomainException.invalid("agreement.adjustment-level-out-of-range", "item " + item.id()
                            + ": an adjusted level must be 1..5, got " + level, "levels/" + level);
                }
                Criterion own = indicator.level(level).criterion();
                Criterion local = Targets.with(own, values, "levels/" + level);
                if (local.equals(own)) {
                    adjusted.remove(level);
                } else {
                    adjusted.put(level, local);
                }
            });
            if (adjusted.equals(item.targetAdjustments()) && c.reason().equals(item.adjustmentReason())) {
                throw DomainException.refused("agreement.targets-unchanged", "item " + item.id()
                        + ": the targets given are the ones the item already has; change a value or the reason");
            }
            a.adjustTargets(c.item(), adjusted, c.reason(), c.change().person(), at);
        });
    }

    /** The parent item is an item of the evaluator's own agreement in the same round, one the actor may see ({@link ParentLinks}). */
    @Override
    public long linkItem(LinkItemCommand c) {
        return change(c.change(), Act.EDIT_DRAFT, (a, at) -> {
            if (c.parent().isPresent()) {
                ItemRef ref = c.parent().get();
                parentLinks.require(ref.agreement(), a.round(), a.evaluator(), c.change().actor());
                if (load(ref.agreement()).findItem(ref.item()).isEmpty()) {
                    throw new DomainException(DomainException.Kind.REFUSED, "cascade.unknown-parent-item", "agreement " + ref.agreement()
                            + " has no item " + ref.item(), "parent");
                }
            }
            a.linkItem(c.item(), c.parent(), c.change().person(), at);
        });
    }

    @Override
    public long sign(SignAgreementCommand c) {
        return change(c.change(), Act.SIGN, (a, at) -> a.sign(c.change().person(), at));
    }

    @Override
    public long amend(AmendAgreementCommand c) {
        return change(c.change(), Act.AMEND, (a, at) -> a.amend(c.change().person(), c.reason(), at));
    }

    @Override
    public long record(RecordResultCommand c) {
        return recordAll(new RecordResultsCommand(c.change(), ImmutableList.of(
                new RecordResultsCommand.Result(c.item(), c.facts(), c.evidence(), c.uploads()))));
    }

    /**
     * Evidence rules around the aggregate's own: uploads become references (content from their
     * bytes), the aggregate records, the {@link EvidenceIntake} checks every file the results name
     * and the round's quota; the new files are kept only once the agreement is saved, in the same
     * transaction, so a refusal keeps nothing. A bad upload (empty, not a kind of evidence) is
     * refused before the aggregate's checks, the one thing found before the status and the actor.
     */
    @Override
    public long recordAll(RecordResultsCommand c) {
        EvidenceIntake[] intake = new EvidenceIntake[1];
        return change(c.change(), Act.RECORD_RESULT, (a, at) -> {
            intake[0] = new EvidenceIntake(a, () -> evidence.kept(a.id()), () -> round(a).settings().evidence());
            for (RecordResultsCommand.Result r : c.results()) {
                refuseJudgements(a, r.item(), r.facts());
                List<EvidenceRef> refs = new ArrayList<>(r.evidence());
                r.uploads().forEach(u -> refs.add(intake[0].upload(u.name(), u.fileName(), u.content())));
                a.recordResult(r.item(), r.facts(), refs, c.change().person(), at);
            }
            intake[0].check(a);
        }, a -> intake[0].toKeep().forEach(f -> evidence.keep(a.id(), f.content(), f.bytes())));
    }

    private Round round(Agreement agreement) {
        return rounds.find(agreement.round()).orElseThrow(() -> DomainException.notFound("round.not-found",
                "round " + agreement.round() + " is not open"));
    }

    /**
     * Refuses a result that answers one of the item's judgements: those are the evaluator's
     * (given with the evaluation), and a reported fact of the same name would decide the level.
     */
    private void refuseJudgements(Agreement agreement, ItemId itemId, Facts facts) {
        Item item = agreement.findItem(itemId).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "agreement.item-not-found", "agreement " + agreement.id() + " has no item " + itemId, itemId.value()));
        Indicator indicator = indicators.find(item.indicator()).orElseThrow(() -> DomainException.notFound("indicator.not-found",
                "indicator " + item.indicator() + " of item " + itemId + " is not stored"));
        List<Criterion> levels = new ArrayList<>();
        for (int level = 1; level <= 5; level++) {
            levels.add(item.criterion(indicator, level));
        }
        Set<String> judgements = Criterion.judgementFactsOf(levels);
        List<String> answered = facts.values().keySet().stream().filter(judgements::contains).sorted().toList();
        if (!answered.isEmpty()) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "authority.judgement-is-evaluators", "item " + itemId
                    + ": " + String.join(", ", answered) + " " + (answered.size() == 1 ? "is a judgement" : "are judgements")
                    + " of the evaluator; it is answered with the evaluation, not reported as a result",
                    "facts/" + answered.get(0));
        }
    }

    @Override
    public long submit(SubmitSelfAssessmentCommand c) {
        return change(c.change(), Act.SUBMIT, (a, at) -> a.submitSelfAssessment(c.change().person(), at));
    }

    @Override
    public long evaluate(EvaluateAgreementCommand c) {
        return change(c.change(), Act.EVALUATE, (a, at) -> {
            a.evaluate(c.change().person(), c.items(), c.competencies(), at);
            requireEveryCompetency(a, c.competencies());
        });
    }

    /**
     * Refuses an evaluation that leaves out a competency the appraisee's position is assessed on,
     * or names one that does not exist; otherwise it would be stored and only fail when scored.
     * Checked here because only the use case sees the appraisee's position and the round's scheme,
     * and after the aggregate's own checks so a wrong status or evaluator is reported first.
     */
    private void requireEveryCompetency(Agreement agreement, CompetencyAssessment assessment) {
        Round round = rounds.find(agreement.round()).orElseThrow(() -> DomainException.notFound("round.not-found",
                "round " + agreement.round() + " is not open"));
        Map<Competency, Integer> levels = new EnumMap<>(Competency.class);
        assessment.levels().forEach((code, level) -> levels.put(Competency.ofCode(code).orElseThrow(() ->
                DomainException.invalid("competency.unknown", "unknown competency code '" + code + "'; the codes are "
                        + Arrays.stream(Competency.values()).map(Competency::code).collect(Collectors.joining(", ")), code)), level));
        new CompetencyScorer(round.scheme()).score(person(agreement.appraisee()).level(), levels);
    }

    @Override
    public long acknowledge(AcknowledgeCommand c) {
        return change(c.change(), Act.ACKNOWLEDGE, (a, at) -> a.acknowledge(c.change().person(), at));
    }

    @Override
    public long recordRefusal(RecordRefusalCommand c) {
        return change(c.change(), Act.RECORD_REFUSAL, (a, at) -> {
            person(c.witness());
            a.refuse(c.change().person(), c.witness(), c.note(), at);
        });
    }

    @Override
    public long review(ReviewAgreementCommand c) {
        return change(c.change(), Act.REVIEW, (a, at) -> a.review(c.change().person(), c.opinion(), at));
    }

    @Override
    public long close(CloseAgreementCommand c) {
        return change(c.change(), Act.CLOSE, (a, at) -> a.close(c.change().person(), at));
    }

    @Override
    public long reopen(ReopenAgreementCommand c) {
        return change(c.change(), Act.REOPEN, (a, at) -> a.reopen(c.change().person(), c.reason(), at));
    }

    @Override
    public Set<Act> allowedActs(AgreementId id, Actor actor) {
        return authorities.allowed(load(id), actor);
    }

    @Override
    public Agreement show(AgreementId id) {
        return load(id);
    }

    @Override
    public List<Agreement> inRound(RoundId round) {
        return agreements.inRound(round);
    }

    @Override
    public List<Agreement> ofAppraisee(RoundId round, PersonId appraisee) {
        return agreements.ofAppraisee(round, appraisee);
    }

    @Override
    public List<DomainEvent> history(AgreementId id) {
        return audit.history(AGGREGATE, id.value());
    }

    @Override
    public StoreEpoch epoch() {
        return agreements.epoch();
    }

    private long change(AgreementChange change, Act act, BiConsumer<Agreement, Instant> action) {
        return change(change, act, action, a -> { });
    }

    /**
     * One act on a stored agreement: loaded and held against other writers until the commit (so a
     * change at any version never meets a stale one), at the version the actor saw, allowed by the
     * authority (status, then who acts), done by the aggregate, saved with its events; then
     * {@code afterSave} in the same transaction (a failure there undoes the save).
     */
    private long change(AgreementChange change, Act act, BiConsumer<Agreement, Instant> action, Consumer<Agreement> afterSave) {
        Instant at = clock.instant();
        return unitOfWork.inTransaction(() -> {
            Agreement agreement = writes.load(change);
            Party actedAs = authorities.require(act, agreement, change.actor());
            action.accept(agreement, at);
            save(agreement, actedAs);
            afterSave.accept(agreement);
            return agreement.version();
        });
    }

    private void save(Agreement agreement, Party actedAs) {
        writes.save(agreement, actedAs);
    }

    private Agreement load(AgreementId id) {
        return writes.load(id);
    }

    private Person person(PersonId id) {
        return people.find(id).orElseThrow(() -> DomainException.notFound("person.not-found", "person " + id + " is not registered"));
    }
}
