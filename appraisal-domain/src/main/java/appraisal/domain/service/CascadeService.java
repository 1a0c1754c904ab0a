package appraisal.domain.service;

import appraisal.domain.model.agreement.Act;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.agreement.Party;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.cascade.Assignment;
import appraisal.domain.model.cascade.CascadeOutcome;
import appraisal.domain.model.cascade.DraftReconciliation;
import appraisal.domain.model.cascade.OwnIndicator;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.org.Office;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.cascade.BroadcastCascadeCommand;
import appraisal.domain.port.in.cascade.BroadcastCascadeUseCase;
import appraisal.domain.port.in.cascade.BroadcastResult;
import appraisal.domain.port.in.cascade.DeriveCascadeCommand;
import appraisal.domain.port.in.cascade.DeriveCascadeUseCase;
import appraisal.domain.port.in.cascade.DeriveResult;
import appraisal.domain.port.in.cascade.SetRollUpCommand;
import appraisal.domain.port.in.cascade.SetRollUpUseCase;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.AuditSink;
import appraisal.domain.port.out.IdSource;
import appraisal.domain.port.out.IndicatorRepository;
import appraisal.domain.port.out.OrgUnitRepository;
import appraisal.domain.port.out.PersonRepository;
import appraisal.domain.port.out.RoundRepository;
import appraisal.domain.port.out.UnitOfWork;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The cascades: broadcast (one template to the heads of child offices) and derive (a head's
 * agreement to their staff by an assignment plan), and setting an item's roll-up. Each run loads
 * what it needs, lets the model decide (offices and heads, balanced weights, reconciling an earlier
 * run's drafts), saves every agreement it drafted or changed with one
 * {@link AgreementRepository#saveAll} and appends their events, plus one {@code cascade.*} event
 * naming what the run did, all in one unit of work. A run that changes nothing appends nothing.
 */
public final class CascadeService implements BroadcastCascadeUseCase, DeriveCascadeUseCase, SetRollUpUseCase {

    /** The aggregate type of the events that record a cascade run. */
    static final String CASCADE = "cascade";
    static final String HEADCOUNT = "office.headcount";

    private final AgreementRepository agreements;
    private final IndicatorRepository indicators;
    private final PersonRepository people;
    private final RoundRepository rounds;
    private final OfficeDirectory offices;
    private final AuditSink audit;
    private final UnitOfWork unitOfWork;
    private final IdSource ids;
    private final Clock clock;
    private final Authorities authorities;

    public CascadeService(AgreementRepository agreements, IndicatorRepository indicators, OrgUnitRepository units,
                          PersonRepository people, RoundRepository rounds, AuditSink audit, UnitOfWork unitOfWork, IdSource ids,
                          Clock clock) {
        this.agreements = agreements;
        this.indicators = indicators;
        this.people = people;
        this.rounds = rounds;
        this.offices = new OfficeDirectory(units, people);
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.ids = ids;
        this.clock = clock;
        this.authorities = new Authorities(people, units, rounds, clock);
    }

    // ---------------------------------------------------------------- broadcast

    @Override
    public BroadcastResult broadcast(BroadcastCascadeCommand c) {
        Instant at = clock.instant();
        return unitOfWork.inTransaction(() -> {
            rounds.find(c.round()).orElseThrow(() -> DomainException.notFound("round.not-found",
                    "round " + c.round() + " is not open; open it first"));
            OrgUnit parentUnit = offices.unit(c.unit());
            Person evaluator = offices.office(parentUnit).head();
            Party actedAs = authorities.requireNew(Act.BROADCAST, c.round(), Optional.empty(), evaluator.id(), c.actor(),
                    "the offices under " + parentUnit.id());
            Optional<Agreement> parent = c.parent().map(this::load);
            if (parent.isPresent()) {
                Agreement p = parent.get();
                if (!p.appraisee().equals(evaluator.id()) || !p.round().equals(c.round())) {
                    throw DomainException.refused("cascade.parent-not-of-head", "agreement " + p.id() + " is " + p.appraisee()
                            + "'s in round " + p.round() + "; the parent must be the agreement of " + evaluator.id() + " ("
                            + evaluator.name() + "), head of " + parentUnit.id() + ", in round " + c.round());
                }
            }
            List<OrgUnit> targets = targets(parentUnit, c);
            for (OrgUnitId withFacts : c.officeFacts().keySet()) {
                if (targets.stream().noneMatch(u -> u.id().equals(withFacts))) {
                    throw DomainException.refused("cascade.facts-for-another-office", "facts are given for " + withFacts
                            + ", which is not one of the offices this broadcast drafts for");
                }
            }
            List<String> unlinked = new ArrayList<>();
            List<Item> template = new ArrayList<>();
            for (ItemDraft draft : c.template()) {
                Item item = item(draft);
                Optional<ItemRef> link = draft.parent();
                if (link.isPresent()) {
                    requireItem(link.get());
                } else if (parent.isPresent()) {
                    link = parent.get().findItem(item.id()).map(i -> new ItemRef(parent.get().id(), i.id()));
                    if (link.isEmpty()) {
                        unlinked.add(draft.indicatorCode());
                    }
                }
                template.add(link.map(item::withParent).orElse(item));
            }
            List<Office> targetOffices = new ArrayList<>();
            for (OrgUnit target : targets) {
                Office office = offices.office(target);
                Person head = office.head();
                if (!head.supervisor().map(evaluator.id()::equals).orElse(false)) {
                    throw DomainException.refused("cascade.head-not-under-parent-head", head.id() + " (" + head.name()
                            + "), head of " + target.id() + ", reports to " + head.supervisor().map(PersonId::value).orElse("nobody")
                            + ", not to " + evaluator.id() + " (" + evaluator.name() + "), head of " + parentUnit.id()
                            + ", who would evaluate them");
                }
                targetOffices.add(office);
            }
            // Who already has an agreement, and the ids of the new ones: one lookup and one draw for all the offices.
            Map<PersonId, List<Agreement>> existing = agreements.ofAppraisees(c.round(),
                    targetOffices.stream().map(o -> o.head().id()).toList());
            Iterator<String> newIds = ids.newIds("AG-", (int) targetOffices.stream()
                    .filter(o -> !existing.containsKey(o.head().id())).count()).iterator();
            List<Agreement> drafted = new ArrayList<>();
            List<BroadcastResult.Entry> entries = new ArrayList<>();
            for (Office office : targetOffices) {
                OrgUnit target = office.unit();
                Person head = office.head();
                List<Agreement> theirs = existing.getOrDefault(head.id(), List.of());
                if (!theirs.isEmpty()) {
                    entries.add(new BroadcastResult.Entry(target.id(), head.id(), theirs.get(0).id(), CascadeOutcome.SKIPPED,
                            office.headcount()));
                    continue;
                }
                Facts context = Facts.of(HEADCOUNT, FactValue.of(BigDecimal.valueOf(office.headcount())))
                        .overlaidBy(c.officeFacts().getOrDefault(target.id(), Facts.NONE));
                Agreement a = Agreement.draft(new AgreementId(newIds.next()), c.round(), head.id(), evaluator.id(),
                        c.parent(), context, template, c.actor().id(), at);
                drafted.add(a);
                entries.add(new BroadcastResult.Entry(target.id(), head.id(), a.id(), CascadeOutcome.DRAFTED, office.headcount()));
            }
            if (!drafted.isEmpty()) {
                Map<String, String> after = new LinkedHashMap<>();
                after.put("round", c.round().value());
                after.put("evaluator", evaluator.id().value());
                c.parent().ifPresent(p -> after.put("parent", p.value()));
                after.put("template", c.template().stream().map(ItemDraft::indicatorCode).collect(Collectors.joining(", ")));
                after.put("entries", describe(entries.stream().map(e -> e.office() + " " + e.head() + " " + e.agreement()
                        + " " + e.outcome()).toList()));
                saveAll(drafted, DomainEvent.of(CASCADE, c.round() + "/" + c.unit(), 0, "cascade.broadcast", c.actor().id(), at,
                        Map.of(), after), actedAs);
            }
            return new BroadcastResult(c.round(), c.unit(), evaluator.id(), ImmutableList.copyOf(entries), ImmutableList.copyOf(unlinked));
        });
    }

    private List<OrgUnit> targets(OrgUnit parentUnit, BroadcastCascadeCommand c) {
        List<OrgUnit> children = new ArrayList<>(offices.children(parentUnit.id()));
        children.sort(Comparator.comparing(u -> u.id().value()));
        if (c.childUnits().isEmpty()) {
            return children.stream().filter(u -> u.kind() != OrgUnitKind.WORK_GROUP).toList();
        }
        Map<OrgUnitId, OrgUnit> byId = new LinkedHashMap<>();
        children.forEach(u -> byId.put(u.id(), u));
        for (OrgUnitId chosen : c.childUnits()) {
            if (!byId.containsKey(chosen)) {
                throw DomainException.refused("cascade.not-a-child-unit", chosen + " is not a unit directly under " + parentUnit.id());
            }
        }
        return children.stream().filter(u -> c.childUnits().contains(u.id())).toList();
    }

    // ---------------------------------------------------------------- derive

    @Override
    public DeriveResult derive(DeriveCascadeCommand c) {
        Instant at = clock.instant();
        return unitOfWork.inTransaction(() -> {
            Agreement parent = load(c.parent());
            Party actedAs = authorities.require(Act.DERIVE, parent, c.actor());
            PersonId head = parent.appraisee();
            // The head's people in one query, and each own indicator looked up once per run: a plan names the
            // same few individual indicators for many people.
            Map<PersonId, Person> staff = new HashMap<>();
            people.subordinates(head).forEach(p -> staff.put(p.id(), p));
            Map<String, Indicator> ownIndicators = new HashMap<>();
            Map<PersonId, List<Agreement>> existingAll = agreements.ofAppraisees(parent.round(),
                    c.plan().assignments().stream().map(Assignment::person).toList());
            List<Planned> planned = new ArrayList<>();
            for (Assignment assignment : c.plan().assignments()) {
                Person person = staff.containsKey(assignment.person()) ? staff.get(assignment.person())
                        : people.find(assignment.person()).orElseThrow(() -> DomainException.notFound("person.not-found",
                        "person " + assignment.person() + " of the plan is not registered"));
                if (!person.supervisor().map(head::equals).orElse(false)) {
                    throw DomainException.refused("cascade.not-a-subordinate", person.id() + " (" + person.name()
                            + ") reports to " + person.supervisor().map(PersonId::value).orElse("nobody") + ", not to " + head
                            + ", so " + head + " cannot be their evaluator");
                }
                ImmutableList<Item> items = assignment.items(parent, own -> ownIndicators.computeIfAbsent(
                        own.indicatorCode() + "@" + own.version(), k -> indicator(own)));
                ImmutableMap<String, BigDecimal> weights = items.stream()
                        .collect(ImmutableMap.toImmutableMap(i -> i.indicator().code(), Item::weight));
                List<Agreement> existing = existingAll.getOrDefault(person.id(), List.of());
                List<Agreement> ours = existing.stream().filter(a -> a.parent().equals(Optional.of(parent.id()))).toList();
                if (ours.size() > 1) {
                    throw DomainException.refused("cascade.several-agreements", person.id() + " has " + ours.size()
                            + " agreements cascaded from " + parent.id() + " in round " + parent.round() + ": "
                            + ours.stream().map(a -> a.id().value()).collect(Collectors.joining(", "))
                            + " (made before one agreement per person per round); keep one and withdraw the others "
                            + "(appraisal check lists them, appraisal agreement withdraw AGREEMENT --reason TEXT)");
                }
                if (ours.size() == 1) {
                    Agreement a = ours.get(0);
                    planned.add(new Planned(person, items, weights, DraftReconciliation.apply(a, items, c.actor().id(), at), Optional.of(a)));
                } else if (!existing.isEmpty()) {
                    planned.add(new Planned(person, items, weights, CascadeOutcome.SKIPPED, Optional.of(existing.get(0))));
                } else {
                    planned.add(new Planned(person, items, weights, CascadeOutcome.DRAFTED, Optional.empty()));
                }
            }
            Iterator<String> newIds = ids.newIds("AG-", (int) planned.stream().filter(p -> p.agreement().isEmpty()).count()).iterator();
            List<Agreement> toSave = new ArrayList<>();
            List<DeriveResult.Entry> entries = new ArrayList<>();
            for (Planned p : planned) {
                Agreement a = p.agreement().orElseGet(() -> Agreement.draft(new AgreementId(newIds.next()), parent.round(),
                        p.person().id(), head, Optional.of(parent.id()), parent.context(), p.items(), c.actor().id(), at));
                if (p.outcome() == CascadeOutcome.DRAFTED || p.outcome() == CascadeOutcome.UPDATED) {
                    toSave.add(a);
                }
                entries.add(new DeriveResult.Entry(p.person().id(), a.id(), p.outcome(), p.weights()));
            }
            if (!toSave.isEmpty()) {
                saveAll(toSave, DomainEvent.of(CASCADE, parent.id().value(), 0, "cascade.derived", c.actor().id(), at, Map.of(),
                        Map.of("parent", parent.id().value(), "evaluator", head.value(), "entries", derived(entries))), actedAs);
            }
            return new DeriveResult(parent.id(), head, ImmutableList.copyOf(entries));
        });
    }

    /** One person of a plan, decided before any new id is drawn: new ids are drawn together, in plan order. */
    private record Planned(Person person, ImmutableList<Item> items, ImmutableMap<String, BigDecimal> weights, CascadeOutcome outcome,
                           Optional<Agreement> agreement) {
    }

    // ---------------------------------------------------------------- roll-up rule

    @Override
    public long setRollUp(SetRollUpCommand c) {
        Instant at = clock.instant();
        return unitOfWork.inTransaction(() -> {
            AgreementWrites writes = new AgreementWrites(agreements, audit);
            Agreement agreement = writes.load(c.change());
            Party actedAs = authorities.require(Act.SET_ROLL_UP, agreement, c.change().actor());
            agreement.setRollUp(c.item(), c.rollUp(), c.change().person(), at);
            writes.save(agreement, actedAs);
            return agreement.version();
        });
    }

    // ---------------------------------------------------------------- internals

    private void saveAll(List<Agreement> changed, DomainEvent run, Party actedAs) {
        List<DomainEvent> all = new ArrayList<>();
        changed.forEach(a -> all.addAll(a.pendingEvents()));
        all.add(run);
        List<DomainEvent> events = Authorities.recorded(actedAs, all);
        agreements.saveAll(changed);
        audit.append(events);
        changed.forEach(Agreement::clearPendingEvents);
    }

    private static String describe(List<String> lines) {
        return String.join(" | ", lines);
    }

    /**
     * A derive's entries as {@link #describe} gives them, "person agreement outcome code=weight,…", in one
     * buffer: a department's cascade writes one entry per person, and streams per entry and per weight
     * would cost more than the text.
     */
    private static String derived(List<DeriveResult.Entry> entries) {
        StringBuilder out = new StringBuilder(80 * entries.size());
        for (int i = 0; i < entries.size(); i++) {
            DeriveResult.Entry e = entries.get(i);
            if (i > 0) {
                out.append(" | ");
            }
            out.append(e.person()).append(' ').append(e.agreement()).append(' ').append(e.outcome()).append(' ');
            boolean first = true;
            for (Map.Entry<String, BigDecimal> w : e.weights().entrySet()) {
                if (!first) {
                    out.append(',');
                }
                out.append(w.getKey()).append('=').append(w.getValue().toPlainString());
                first = false;
            }
        }
        return out.toString();
    }

    /**
     * An item of the template: the indicator's latest version unless one is named; the item id is
     * the indicator code. The same rule as {@code AgreementService.item}, kept here rather than
     * shared so the drafting service stays untouched by this change.
     */
    private Item item(ItemDraft draft) {
        return DraftItems.item(indicators, draft);
    }

    private Indicator indicator(OwnIndicator own) {
        return DraftItems.indicator(indicators, own.indicatorCode(), own.version());
    }

    private void requireItem(ItemRef ref) {
        if (load(ref.agreement()).findItem(ref.item()).isEmpty()) {
            throw DomainException.refused("cascade.unknown-parent-item", "agreement " + ref.agreement() + " has no item " + ref.item());
        }
    }

    private Agreement load(AgreementId id) {
        return agreements.find(id).orElseThrow(() -> DomainException.notFound("agreement.not-found", "agreement " + id + " does not exist"));
    }
}
