package appraisal.domain.service;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.compliance.DeadlineCheck;
import appraisal.domain.model.compliance.OfficeCompliance;
import appraisal.domain.model.compliance.PersonCompliance;
import appraisal.domain.model.compliance.StepTimes;
import appraisal.domain.model.org.Office;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.Deadline;
import appraisal.domain.model.round.DeadlineKind;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.cascade.ComplianceReport;
import appraisal.domain.port.in.cascade.DeadlineComplianceUseCase;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.AuditSink;
import appraisal.domain.port.out.OrgUnitRepository;
import appraisal.domain.port.out.PersonRepository;
import appraisal.domain.port.out.RoundRepository;
import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Follows a round against its deadlines on the clock's date, in the clock's time zone (the
 * offices' own: deadlines are Thai calendar days). When each step happened comes from the audit
 * trail ({@link StepTimes}); the trail is read only for agreements past their first draft.
 */
public final class ComplianceService implements DeadlineComplianceUseCase {

    private static final List<DeadlineKind> FOLLOWED = List.of(DeadlineKind.AGREEMENT, DeadlineKind.SELF_ASSESSMENT,
            DeadlineKind.EVALUATION);

    private final AgreementRepository agreements;
    private final OrgUnitRepository units;
    private final PersonRepository people;
    private final RoundRepository rounds;
    private final AuditSink audit;
    private final Clock clock;

    public ComplianceService(AgreementRepository agreements, OrgUnitRepository units, PersonRepository people,
                             RoundRepository rounds, AuditSink audit, Clock clock) {
        this.agreements = agreements;
        this.units = units;
        this.people = people;
        this.rounds = rounds;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public ComplianceReport compliance(RoundId roundId, Optional<OrgUnitId> scope) {
        ZoneId zone = clock.getZone();
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        Round round = rounds.find(roundId).orElseThrow(() -> DomainException.notFound("round.not-found",
                "round " + roundId + " is not open"));
        List<Deadline> deadlines = new ArrayList<>();
        FOLLOWED.forEach(kind -> round.deadline(kind).ifPresent(deadlines::add));

        Map<OrgUnitId, OrgUnit> allUnits = new HashMap<>();
        units.all().forEach(u -> allUnits.put(u.id(), u));
        Set<OrgUnitId> inScope = scope.map(s -> subtree(s, allUnits)).orElse(allUnits.keySet());

        Map<PersonId, List<Agreement>> byAppraisee = new LinkedHashMap<>();
        agreements.inRound(roundId).forEach(a -> byAppraisee.computeIfAbsent(a.appraisee(), p -> new ArrayList<>()).add(a));

        List<PersonCompliance> rows = new ArrayList<>();
        for (Person person : people.all()) {
            List<Agreement> own = byAppraisee.getOrDefault(person.id(), List.of());
            if (!inScope.contains(person.unit()) || (person.supervisor().isEmpty() && own.isEmpty())) {
                continue;
            }
            StepTimes times = StepTimes.NONE;
            for (Agreement a : own) {
                List<DomainEvent> trail = StepTimes.anyStepReached(a)
                        ? audit.history(Agreement.AGGREGATE_TYPE, a.id().value()) : List.of();
                times = times.earliest(StepTimes.of(a, trail));
            }
            List<DeadlineCheck> checks = new ArrayList<>();
            for (Deadline d : deadlines) {
                Optional<LocalDate> doneOn = times.of(d.kind()).map(at -> LocalDate.ofInstant(at, zone));
                checks.add(DeadlineCheck.of(d, doneOn, today));
            }
            Optional<Agreement> first = own.stream().findFirst();
            rows.add(new PersonCompliance(person, Office.enclosing(person.unit(), id -> Optional.ofNullable(allUnits.get(id))),
                    first.map(Agreement::id), first.map(Agreement::evaluator), ImmutableList.copyOf(checks)));
        }
        rows.sort(Comparator.comparing((PersonCompliance p) -> p.office().value()).thenComparing(p -> p.person().id().value()));
        return new ComplianceReport(roundId, today, ImmutableList.copyOf(rows), OfficeCompliance.summarise(rows));
    }

    private static Set<OrgUnitId> subtree(OrgUnitId root, Map<OrgUnitId, OrgUnit> all) {
        if (!all.containsKey(root)) {
            throw DomainException.notFound("org.unit-not-found", "unit " + root + " does not exist");
        }
        Set<OrgUnitId> out = new HashSet<>();
        for (OrgUnitId id : all.keySet()) {
            OrgUnitId at = id;
            Set<OrgUnitId> seen = new HashSet<>();
            while (at != null && seen.add(at)) {
                if (at.equals(root)) {
                    out.add(id);
                    break;
                }
                OrgUnit u = all.get(at);
                at = u == null ? null : u.parent().orElse(null);
            }
        }
        return out;
    }
}
