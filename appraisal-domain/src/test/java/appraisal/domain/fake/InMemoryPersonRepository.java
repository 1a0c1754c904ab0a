package appraisal.domain.fake;

import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.port.out.PersonRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A fake of {@link PersonRepository}; lists are ordered by person id. */
public final class InMemoryPersonRepository implements PersonRepository {

    private final Map<PersonId, Person> people = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicLong changes = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public void save(Person person) {
        changes.incrementAndGet();
        people.put(person.id(), person);
    }

    @Override
    public Optional<Person> find(PersonId id) {
        return Optional.ofNullable(people.get(id));
    }

    @Override
    public List<Person> inUnit(OrgUnitId unit) {
        return sorted(people.values().stream().filter(p -> p.unit().equals(unit)).toList());
    }

    @Override
    public List<Person> subordinates(PersonId supervisor) {
        return sorted(people.values().stream().filter(p -> p.supervisor().map(supervisor::equals).orElse(false)).toList());
    }

    @Override
    public List<Person> all() {
        return sorted(people.values());
    }

    private static List<Person> sorted(Collection<Person> in) {
        List<Person> out = new ArrayList<>(in);
        out.sort(Comparator.comparing(p -> p.id().value()));
        return out;
    }

    /** Every stored person, for {@link InMemoryStoreMaintenance}'s backups. */
    public synchronized Map<PersonId, Person> contents() {
        return Map.copyOf(people);
    }

    /** Makes this hold exactly {@code contents}, as a restore does. */
    public synchronized void replaceContents(Map<PersonId, Person> contents) {
        changes.incrementAndGet();
        people.clear();
        people.putAll(contents);
    }

    /** How many times this was changed: the fake's part of the org count of {@link appraisal.domain.port.out.StoreChanges}. */
    public long changes() {
        return changes.get();
    }
}
