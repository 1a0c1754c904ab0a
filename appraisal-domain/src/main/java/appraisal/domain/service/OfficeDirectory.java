package appraisal.domain.service;

import appraisal.domain.model.org.Office;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.OrgUnitRepository;
import appraisal.domain.port.out.PersonRepository;
import com.google.common.collect.ImmutableList;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads {@link Office}s (a unit, its work groups and their people) from the org repositories. */
final class OfficeDirectory {

    private final Function<OrgUnitId, Optional<OrgUnit>> units;
    private final Function<OrgUnitId, List<OrgUnit>> children;
    private final Function<OrgUnitId, List<Person>> members;

    OfficeDirectory(OrgUnitRepository units, PersonRepository people) {
        this(units::find, units::children, people::inUnit);
    }

    /** Offices from any view of the org: a unit by id, a unit's children by id, a unit's people. */
    OfficeDirectory(Function<OrgUnitId, Optional<OrgUnit>> units, Function<OrgUnitId, List<OrgUnit>> children,
                    Function<OrgUnitId, List<Person>> members) {
        this.units = units;
        this.children = children;
        this.members = members;
    }

    OrgUnit unit(OrgUnitId id) {
        return units.apply(id).orElseThrow(() -> DomainException.notFound("org.unit-not-found", "unit " + id + " does not exist"));
    }

    Optional<OrgUnit> findUnit(OrgUnitId id) {
        return units.apply(id);
    }

    List<OrgUnit> children(OrgUnitId parent) {
        return children.apply(parent);
    }

    /** The office of {@code unit}: the unit, its work groups at any depth, and everyone in them, by id. */
    Office office(OrgUnit unit) {
        List<OrgUnit> workGroups = new ArrayList<>();
        Deque<OrgUnit> next = new ArrayDeque<>(List.of(unit));
        while (!next.isEmpty()) {
            for (OrgUnit child : children.apply(next.pop().id())) {
                if (child.kind() == OrgUnitKind.WORK_GROUP) {
                    workGroups.add(child);
                    next.add(child);
                }
            }
        }
        List<Person> people = new ArrayList<>(members.apply(unit.id()));
        workGroups.forEach(w -> people.addAll(members.apply(w.id())));
        people.sort(Comparator.comparing(p -> p.id().value()));
        workGroups.sort(Comparator.comparing(w -> w.id().value()));
        return new Office(unit, ImmutableList.copyOf(workGroups), ImmutableList.copyOf(people));
    }

    /** The office a person works in (their unit, or the office enclosing their work group). */
    Office officeOf(Person person) {
        return office(unit(Office.enclosing(person.unit(), units)));
    }
}
