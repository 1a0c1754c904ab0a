package appraisal.domain.service;

import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.org.ImportOrgCommand;
import appraisal.domain.port.in.org.ImportOrgUseCase;
import appraisal.domain.port.in.org.OrgImport;
import appraisal.domain.port.in.org.OrgQueries;
import appraisal.domain.port.in.org.RegisterOrgUnitCommand;
import appraisal.domain.port.in.org.RegisterOrgUnitUseCase;
import appraisal.domain.port.in.org.RegisterPersonCommand;
import appraisal.domain.port.in.org.RegisterPersonUseCase;
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
public final class OrgService implements RegisterOrgUnitUseCase, RegisterPersonUseCase, ImportOrgUseCase, OrgQueries {

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
    public OrgImport importOrg(ImportOrgCommand command) {
        return unitOfWork.inTransaction(() -> {
            Map<OrgUnitId, OrgUnit> unitsAfter = new LinkedHashMap<>();
            units.all().forEach(u -> unitsAfter.put(u.id(), u));
            Map<OrgUnitId, Integer> unitRow = new LinkedHashMap<>();
            for (int i = 0; i < command.units().size(); i++) {
                OrgUnit u = command.units().get(i);
                Integer earlier = unitRow.put(u.id(), i);
                if (earlier != null) {
                    throw DomainException.invalid("org.duplicate-code", "unit code " + u.id() + " appears twice (entries "
                            + (earlier + 1) + " and " + (i + 1) + ")", "units/" + i);
                }
                unitsAfter.put(u.id(), u);
            }
            for (int i = 0; i < command.units().size(); i++) {
                OrgUnit u = command.units().get(i);
                String at = "units/" + i;
                if (u.parent().isPresent() && !unitsAfter.containsKey(u.parent().get())) {
                    throw DomainException.invalid("org.unknown-parent", u.id() + " (" + u.name() + "): parent unit "
                            + u.parent().get() + " is neither in the file nor stored", at);
                }
                Set<OrgUnitId> seen = new java.util.LinkedHashSet<>();
                for (Optional<OrgUnitId> p = Optional.of(u.id()); p.isPresent(); p = unitsAfter.get(p.get()).parent()) {
                    if (!seen.add(p.get())) {
                        throw DomainException.invalid("org.cycle", u.id() + " (" + u.name() + ") would be inside itself: "
                                + String.join(" → ", seen.stream().map(OrgUnitId::value).toList()) + " → " + p.get(), at);
                    }
                }
            }
            Map<PersonId, Person> peopleAfter = new LinkedHashMap<>();
            people.all().forEach(p -> peopleAfter.put(p.id(), p));
            Map<PersonId, Integer> personRow = new LinkedHashMap<>();
            for (int i = 0; i < command.people().size(); i++) {
                Person p = command.people().get(i);
                Integer earlier = personRow.put(p.id(), i);
                if (earlier != null) {
                    throw DomainException.invalid("person.duplicate-id", "person " + p.id() + " appears twice (entries "
                            + (earlier + 1) + " and " + (i + 1) + ")", "people/" + i);
                }
                peopleAfter.put(p.id(), p);
            }
            for (int i = 0; i < command.people().size(); i++) {
                Person p = command.people().get(i);
                String at = "people/" + i;
                if (!unitsAfter.containsKey(p.unit())) {
                    throw DomainException.invalid("person.unknown-unit", p.id() + " (" + p.name() + "): unit " + p.unit()
                            + " is neither in the file nor stored", at);
                }
                if (p.supervisor().isPresent() && !peopleAfter.containsKey(p.supervisor().get())) {
                    throw DomainException.invalid("person.unknown-supervisor", p.id() + " (" + p.name() + "): supervisor "
                            + p.supervisor().get() + " is neither in the file nor stored", at);
                }
                List<String> chain = new java.util.ArrayList<>();
                Set<PersonId> seen = new HashSet<>();
                for (Optional<PersonId> s = Optional.of(p.id()); s.isPresent(); s = peopleAfter.get(s.get()).supervisor()) {
                    chain.add(s.get().value());
                    if (!seen.add(s.get())) {
                        throw DomainException.invalid("person.supervisor-cycle", p.id() + " (" + p.name()
                                + ") is in a supervisor cycle: " + String.join(" → ", chain), at);
                    }
                }
            }
            int unitsAdded = 0;
            int peopleAdded = 0;
            java.time.Instant at = clock.instant();
            List<DomainEvent> events = new java.util.ArrayList<>();
            // Parents before children, so a store with foreign keys accepts every row.
            for (OrgUnit u : parentsFirst(command.units(), unitsAfter)) {
                Optional<OrgUnit> before = units.find(u.id());
                unitsAdded += before.isEmpty() ? 1 : 0;
                units.save(u);
                events.add(DomainEvent.of("org-unit", u.id().value(), 0, "org-unit.registered", command.actor(), at,
                        before.map(OrgService::describe).orElse(Map.of()), describe(u)));
            }
            for (Person p : supervisorsFirst(command.people(), peopleAfter)) {
                Optional<Person> before = people.find(p.id());
                peopleAdded += before.isEmpty() ? 1 : 0;
                people.save(p);
                events.add(DomainEvent.of("person", p.id().value(), 0, "person.registered", command.actor(), at,
                        before.map(OrgService::describe).orElse(Map.of()), describe(p)));
            }
            audit.append(events);
            return new OrgImport(unitsAdded, command.units().size() - unitsAdded, peopleAdded, command.people().size() - peopleAdded);
        });
    }

    private static List<OrgUnit> parentsFirst(List<OrgUnit> batch, Map<OrgUnitId, OrgUnit> all) {
        List<OrgUnit> sorted = new java.util.ArrayList<>(batch);
        sorted.sort(java.util.Comparator.comparingInt(u -> depth(u, all)));
        return sorted;
    }

    private static int depth(OrgUnit u, Map<OrgUnitId, OrgUnit> all) {
        int d = 0;
        for (Optional<OrgUnitId> p = u.parent(); p.isPresent(); p = all.get(p.get()).parent()) {
            d++;
        }
        return d;
    }

    private static List<Person> supervisorsFirst(List<Person> batch, Map<PersonId, Person> all) {
        List<Person> sorted = new java.util.ArrayList<>(batch);
        sorted.sort(java.util.Comparator.comparingInt(p -> depth(p, all)));
        return sorted;
    }

    private static int depth(Person p, Map<PersonId, Person> all) {
        int d = 0;
        for (Optional<PersonId> s = p.supervisor(); s.isPresent(); s = all.get(s.get()).supervisor()) {
            d++;
        }
        return d;
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
