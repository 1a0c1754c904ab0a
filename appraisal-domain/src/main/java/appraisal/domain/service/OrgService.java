package appraisal.domain.service;

import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.OrgQueries;
import appraisal.domain.port.in.RegisterOrgUnitCommand;
import appraisal.domain.port.in.RegisterOrgUnitUseCase;
import appraisal.domain.port.in.RegisterPersonCommand;
import appraisal.domain.port.in.RegisterPersonUseCase;
import appraisal.domain.port.out.AuditSink;
import appraisal.domain.port.out.OrgUnitRepository;
import appraisal.domain.port.out.PersonRepository;
import appraisal.domain.port.out.UnitOfWork;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Registers org units and people, keeping the unit tree and the supervisor chain free of cycles. */
public final class OrgService implements RegisterOrgUnitUseCase, RegisterPersonUseCase, OrgQueries {

    private final OrgUnitRepository units;
    private final PersonRepository people;
    private final AuditSink audit;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public OrgService(OrgUnitRepository units, PersonRepository people, AuditSink audit, UnitOfWork unitOfWork, Clock clock) {
        this.units = units;
        this.people = people;
        this.audit = audit;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
    }

    @Override
    public void register(RegisterOrgUnitCommand command) {
        OrgUnit unit = command.unit();
        unitOfWork.run(() -> {
            Set<OrgUnitId> seen = new HashSet<>();
            seen.add(unit.id());
            Optional<OrgUnitId> next = unit.parent();
            while (next.isPresent()) {
                OrgUnitId id = next.get();
                OrgUnit parent = units.find(id).orElseThrow(() -> DomainException.notFound("org.unknown-parent",
                        unit.name() + ": parent unit " + id + " does not exist; register it first"));
                if (!seen.add(id)) {
                    throw DomainException.refused("org.cycle", unit.name() + ": making " + unit.parent().get()
                            + " its parent would put it inside itself");
                }
                next = parent.parent();
            }
            Optional<OrgUnit> before = units.find(unit.id());
            units.save(unit);
            audit.append(List.of(DomainEvent.of("org-unit", unit.id().value(), 0, "org-unit.registered", command.actor(),
                    clock.instant(), before.map(OrgService::describe).orElse(Map.of()), describe(unit))));
        });
    }

    @Override
    public void register(RegisterPersonCommand command) {
        Person person = command.person();
        unitOfWork.run(() -> {
            units.find(person.unit()).orElseThrow(() -> DomainException.notFound("person.unknown-unit",
                    person.name() + ": unit " + person.unit() + " does not exist; register it first"));
            Set<PersonId> chain = new HashSet<>();
            chain.add(person.id());
            Optional<PersonId> next = person.supervisor();
            while (next.isPresent()) {
                PersonId id = next.get();
                if (!chain.add(id)) {
                    throw DomainException.refused("person.supervisor-cycle", person.name() + ": supervisor "
                            + person.supervisor().get() + " is already supervised, directly or not, by " + person.id());
                }
                Person supervisor = people.find(id).orElseThrow(() -> DomainException.notFound("person.unknown-supervisor",
                        person.name() + ": supervisor " + id + " does not exist; register them first"));
                next = supervisor.supervisor();
            }
            Optional<Person> before = people.find(person.id());
            people.save(person);
            audit.append(List.of(DomainEvent.of("person", person.id().value(), 0, "person.registered", command.actor(),
                    clock.instant(), before.map(OrgService::describe).orElse(Map.of()), describe(person))));
        });
    }

    @Override
    public List<OrgUnit> units() {
        return units.all();
    }

    @Override
    public List<Person> people() {
        return people.all();
    }

    @Override
    public List<Person> peopleIn(OrgUnitId unit) {
        return people.inUnit(unit);
    }

    @Override
    public Person person(PersonId id) {
        return people.find(id).orElseThrow(() -> DomainException.notFound("person.not-found", "person " + id + " is not registered"));
    }

    private static Map<String, String> describe(OrgUnit u) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", u.name());
        m.put("kind", u.kind().name());
        u.parent().ifPresent(p -> m.put("parent", p.value()));
        return m;
    }

    private static Map<String, String> describe(Person p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", p.name());
        m.put("position", p.position());
        m.put("level", p.level().name());
        m.put("unit", p.unit().value());
        p.supervisor().ifPresent(s -> m.put("supervisor", s.value()));
        m.put("probation", String.valueOf(p.onProbation()));
        return m;
    }
}
