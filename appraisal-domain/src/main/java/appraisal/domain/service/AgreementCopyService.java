package appraisal.domain.service;

import appraisal.domain.model.agreement.Act;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.agreement.OneAgreementPerRound;
import appraisal.domain.model.agreement.Party;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.CopiedAgreement;
import appraisal.domain.port.in.agreement.CopyAgreementCommand;
import appraisal.domain.port.in.agreement.CopyAgreementUseCase;
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
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Copies last round's agreement into a new round as a draft ({@link CopyAgreementUseCase}). */
public final class AgreementCopyService implements CopyAgreementUseCase {

    private final AgreementRepository agreements;
    private final IndicatorRepository indicators;
    private final PersonRepository people;
    private final RoundRepository rounds;
    private final AuditSink audit;
    private final UnitOfWork unitOfWork;
    private final IdSource ids;
    private final Clock clock;
    private final Authorities authorities;

    public AgreementCopyService(AgreementRepository agreements, IndicatorRepository indicators, PersonRepository people,
                                OrgUnitRepository units, RoundRepository rounds, AuditSink audit, UnitOfWork unitOfWork, IdSource ids,
                                Clock clock) {
        this.agreements = agreements;
        this.indicators = indicators;
        this.people = people;
        this.rounds = rounds;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.ids = ids;
        this.clock = clock;
        this.authorities = new Authorities(people, units, rounds, clock);
    }

    @Override
    public CopiedAgreement copy(CopyAgreementCommand c) {
        Instant at = clock.instant();
        return unitOfWork.inTransaction(() -> {
            Round round = rounds.find(c.round()).orElseThrow(() -> DomainException.notFound("round.not-found",
                    "round " + c.round() + " is not open; open it first"));
            Person appraisee = people.find(c.appraisee()).orElseThrow(() -> DomainException.notFound("person.not-found",
                    "person " + c.appraisee() + " is not registered"));
            PersonId evaluator = appraisee.supervisor().orElseThrow(() -> DomainException.refused("agreement.no-supervisor",
                    appraisee.id() + " (" + appraisee.name() + ") has no supervisor recorded, so nobody can be their evaluator"));
            // a copy drafts: whoever may draft the appraisee's agreement may copy it
            Party actedAs = authorities.requireNew(Act.DRAFT, round.id(), Optional.of(appraisee.id()), evaluator, c.actor(),
                    "the agreement of " + appraisee.id() + " in round " + round.id());
            OneAgreementPerRound.requireNone(round.id(), appraisee.id(), agreements.ofAppraisee(round.id(), appraisee.id()));
            Agreement source = last(appraisee, round);
            List<Agreement> evaluators = agreements.ofAppraisee(round.id(), evaluator);
            Optional<Agreement> parent = evaluators.size() == 1 ? Optional.of(evaluators.get(0)) : Optional.empty();
            List<Item> items = new ArrayList<>();
            List<String> leftOut = new ArrayList<>();
            for (Item old : source.items()) {
                String code = old.indicator().code();
                Indicator latest = indicators.latest(code).orElseThrow(() -> DomainException.notFound("indicator.not-found",
                        "indicator " + code + " of agreement " + source.id() + " is no longer stored"));
                boolean sameVersion = latest.ref().equals(old.indicator());
                if (!sameVersion && !old.targetAdjustments().isEmpty()) {
                    leftOut.add(old.id().value());
                }
                Optional<ItemRef> link = parent.flatMap(p -> p.items().stream().filter(i -> i.indicator().code().equals(code))
                        .findFirst().map(i -> new ItemRef(p.id(), i.id())));
                items.add(old.withIndicator(latest.ref()).withParent(link).withTargetAdjustments(
                        sameVersion ? old.targetAdjustments() : ImmutableMap.of(), sameVersion ? old.adjustmentReason() : ""));
            }
            Agreement draft = Agreement.draft(new AgreementId(ids.newId("AG-")), round.id(), appraisee.id(), evaluator,
                    parent.map(Agreement::id), source.context(), items, c.actor().id(), at);
            new AgreementWrites(agreements, audit).save(draft, actedAs);
            return new CopiedAgreement(draft.id(), source.id(), ImmutableList.copyOf(leftOut));
        });
    }

    /** The appraisee's agreement in the latest round before {@code round} that has one. */
    private Agreement last(Person appraisee, Round round) {
        List<Round> earlier = rounds.all().stream().filter(r -> r.start().isBefore(round.start()))
                .sorted(Comparator.comparing(Round::start).reversed()).collect(Collectors.toList());
        for (Round r : earlier) {
            List<Agreement> theirs = agreements.ofAppraisee(r.id(), appraisee.id());
            if (theirs.size() == 1) {
                return theirs.get(0);
            }
            if (theirs.size() > 1) {
                throw DomainException.refused("agreement.copy-ambiguous", appraisee.id() + " has " + theirs.size()
                        + " agreements in round " + r.id() + " (" + theirs.stream().map(a -> a.id().value())
                        .collect(Collectors.joining(", ")) + "); draft the new one from the one meant instead");
            }
        }
        throw DomainException.notFound("agreement.nothing-to-copy", appraisee.id() + " (" + appraisee.name()
                + ") has no agreement in any round before " + round.id() + " to copy");
    }
}
