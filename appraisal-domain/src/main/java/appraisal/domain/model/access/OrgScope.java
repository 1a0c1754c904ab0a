package appraisal.domain.model.access;

import appraisal.domain.model.org.Office;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The org-scope rule, the one implementation of {@link Visibility}. An administrator sees
 * everything. Anyone else sees
 * <ul>
 *   <li>themself;</li>
 *   <li>everyone below them in the supervisor chain, at any depth (whom they evaluate, and whom
 *       they review as their supervisor's supervisor);</li>
 *   <li>when they head their office — by the one head-of-office rule, {@link Office#isHeadedBy}:
 *       the one person of the office whose supervisor is outside it — everyone in that unit and in
 *       every unit below it: a district head their office and its work groups, a province head
 *       the province office and all its districts.</li>
 * </ul>
 * Nobody heads an office with no single head, so there only the supervisor chain counts.
 *
 * <p>Decided lazily, per person or unit asked about, by walking up from it (its supervisors, its
 * parent units) through the lookups given — a few reads per question rather than the whole tree
 * per request — and remembered, so build one per state of the org the lookups read (per request
 * when they read the store; per org snapshot when they read an immutable one); it is safe to
 * share between threads.
 */
public final class OrgScope implements Visibility {

    private final boolean all;
    private final Optional<PersonId> self;
    private final Optional<OrgUnitId> headed;
    private final Function<PersonId, Optional<Person>> people;
    private final Function<OrgUnitId, Optional<OrgUnit>> units;
    private final Map<PersonId, Boolean> seenPeople = new ConcurrentHashMap<>();
    private final Map<OrgUnitId, Boolean> seenUnits = new ConcurrentHashMap<>();

    private OrgScope(boolean all, Optional<PersonId> self, Optional<OrgUnitId> headed, Function<PersonId, Optional<Person>> people,
                     Function<OrgUnitId, Optional<OrgUnit>> units) {
        this.all = all;
        this.self = self;
        this.headed = headed;
        this.people = people;
        this.units = units;
    }

    /** An administrator's scope: everything. */
    public static OrgScope everything() {
        return new OrgScope(true, Optional.empty(), Optional.empty(), p -> Optional.empty(), u -> Optional.empty());
    }

    /**
     * The scope of {@code person}, who works in {@code ownOffice} (empty when the person or their
     * unit is not stored: they then see only themself).
     */
    public static OrgScope of(PersonId person, Optional<Office> ownOffice, Function<PersonId, Optional<Person>> people,
                              Function<OrgUnitId, Optional<OrgUnit>> units) {
        Objects.requireNonNull(person, "person");
        Optional<OrgUnitId> headed = ownOffice.filter(o -> o.isHeadedBy(person)).map(o -> o.unit().id());
        return new OrgScope(false, Optional.of(person), headed, people, units);
    }

    @Override
    public boolean all() {
        return all;
    }

    /** The unit this principal heads (with everything below it), if they head one. */
    public Optional<OrgUnitId> headedUnit() {
        return headed;
    }

    @Override
    public boolean sees(PersonId person) {
        if (all || self.map(person::equals).orElse(false)) {
            return true;
        }
        return seenPeople.computeIfAbsent(person, this::decide);
    }

    @Override
    public boolean seesUnit(OrgUnitId unit) {
        if (all) {
            return true;
        }
        return headed.isPresent() && seenUnits.computeIfAbsent(unit, this::withinHeaded);
    }

    private boolean decide(PersonId person) {
        Optional<Person> at = people.apply(person);
        if (at.isEmpty()) {
            return false;
        }
        if (headed.isPresent() && seesUnit(at.get().unit())) {
            return true;
        }
        Set<PersonId> visited = new HashSet<>();
        Optional<PersonId> up = at.get().supervisor();
        while (up.isPresent() && visited.add(up.get())) {
            if (up.get().equals(self.orElseThrow())) {
                return true;
            }
            up = people.apply(up.get()).flatMap(Person::supervisor);
        }
        return false;
    }

    private boolean withinHeaded(OrgUnitId unit) {
        Set<OrgUnitId> visited = new HashSet<>();
        Optional<OrgUnitId> at = Optional.of(unit);
        while (at.isPresent() && visited.add(at.get())) {
            if (at.get().equals(headed.orElseThrow())) {
                return true;
            }
            at = units.apply(at.get()).flatMap(OrgUnit::parent);
        }
        return false;
    }

    @Override
    public String toString() {
        return all ? "OrgScope[everything]" : "OrgScope[" + self.orElseThrow() + headed.map(h -> ", heads " + h).orElse("") + "]";
    }
}
