package appraisal.domain.service;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.RollUp;
import appraisal.domain.model.cascade.CascadeAnalysis;
import appraisal.domain.model.cascade.ChildItemResult;
import appraisal.domain.model.cascade.RolledUp;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.org.Office;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.scoring.IndicatorScorer;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.cascade.CascadeReport;
import appraisal.domain.port.in.cascade.CascadeReportUseCase;
import appraisal.domain.port.in.cascade.RollUpReport;
import appraisal.domain.port.in.cascade.RollUpUseCase;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.IndicatorRepository;
import appraisal.domain.port.out.OrgUnitRepository;
import appraisal.domain.port.out.PersonRepository;
import appraisal.domain.port.out.RoundRepository;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The cascade's queries: the coverage/orphans/load report and the roll-up of results. Reads only. */
public final class CascadeReportService implements CascadeReportUseCase, RollUpUseCase {

    private final AgreementRepository agreements;
    private final IndicatorRepository indicators;
    private final PersonRepository people;
    private final RoundRepository rounds;
    private final OfficeDirectory offices;

    public CascadeReportService(AgreementRepository agreements, IndicatorRepository indicators, OrgUnitRepository units,
                                PersonRepository people, RoundRepository rounds) {
        this.agreements = agreements;
        this.indicators = indicators;
        this.people = people;
        this.rounds = rounds;
        this.offices = new OfficeDirectory(units, people);
    }

    @Override
    public CascadeReport report(AgreementId parentId) {
        Agreement parent = load(parentId);
        Person head = person(parent.appraisee());
        return report(parent.round(), offices.officeOf(head), head, Optional.of(parent));
    }

    @Override
    public CascadeReport report(RoundId round, OrgUnitId unit) {
        Office office = offices.office(offices.unit(unit));
        Person head = office.head();
        List<Agreement> own = agreements.ofAppraisee(round, head.id());
        if (own.size() > 1) {
            throw DomainException.refused("cascade.several-agreements", head.id() + ", head of " + unit + ", has " + own.size()
                    + " agreements in round " + round + "; report on one of them by its id");
        }
        return report(round, office, head, own.stream().findFirst());
    }

    private CascadeReport report(RoundId round, Office office, Person head, Optional<Agreement> parent) {
        Optional<CascadeAnalysis> analysis = parent.map(p -> CascadeAnalysis.of(p, children(p), agreements::find));
        List<Person> without = new ArrayList<>();
        for (Person p : office.people()) {
            if (agreements.ofAppraisee(round, p.id()).isEmpty()) {
                without.add(p);
            }
        }
        return new CascadeReport(round, office.unit().id(), head, parent.map(Agreement::id), analysis, ImmutableList.copyOf(without));
    }

    @Override
    public RollUpReport rollUp(AgreementId parentId) {
        Agreement parent = load(parentId);
        Round round = rounds.find(parent.round()).orElseThrow(() -> DomainException.notFound("round.not-found",
                "round " + parent.round() + " is not open"));
        IndicatorScorer scorer = new IndicatorScorer(round.scheme());
        Map<IndicatorRef, Indicator> indicatorCache = new HashMap<>();
        Map<ItemId, List<ChildItemResult>> byParentItem = new LinkedHashMap<>();
        parent.items().forEach(i -> byParentItem.put(i.id(), new ArrayList<>()));
        for (Agreement child : children(parent)) {
            for (Item item : child.items()) {
                if (item.parent().isEmpty() || !item.parent().get().agreement().equals(parent.id())) {
                    continue;
                }
                List<ChildItemResult> results = byParentItem.get(item.parent().get().item());
                if (results == null) {
                    continue; // an orphan: the cascade report names it
                }
                Optional<String> fact = parent.findItem(item.parent().get().item()).flatMap(Item::rollUp).flatMap(RollUp::fact);
                Indicator indicator = indicatorCache.computeIfAbsent(item.indicator(), ref -> indicators.find(ref).orElseThrow(() ->
                        DomainException.notFound("indicator.not-found", "indicator " + ref + " used by item " + item.id()
                                + " of agreement " + child.id() + " is not stored")));
                results.add(ChildItemResult.of(child, item, indicator, scorer, fact));
            }
        }
        List<RolledUp> items = new ArrayList<>();
        for (Item item : parent.items()) {
            items.add(RolledUp.of(item.id(), item.rollUp(), byParentItem.get(item.id()), round.scheme()));
        }
        return new RollUpReport(parent.id(), parent.round(), ImmutableList.copyOf(items));
    }

    /** The agreements cascaded from {@code parent} in its round, ordered by id. */
    private List<Agreement> children(Agreement parent) {
        return agreements.children(parent.id()).stream().filter(a -> a.round().equals(parent.round())).toList();
    }

    private Agreement load(AgreementId id) {
        return agreements.find(id).orElseThrow(() -> DomainException.notFound("agreement.not-found", "agreement " + id + " does not exist"));
    }

    private Person person(PersonId id) {
        return people.find(id).orElseThrow(() -> DomainException.notFound("person.not-found", "person " + id + " is not registered"));
    }
}
