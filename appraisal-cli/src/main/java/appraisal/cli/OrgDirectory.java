package appraisal.cli;

import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.port.in.org.OrgQueries;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The people and units of the organisation, read once per command, for listings that name
 * many people (a round's scores, the province's report) without a query per row. Someone who is
 * not registered shows by id only.
 */
final class OrgDirectory {

    private final Map<PersonId, Person> people = new HashMap<>();
    private final Map<OrgUnitId, OrgUnit> units = new HashMap<>();

    OrgDirectory(OrgQueries org) {
        org.people().forEach(p -> people.put(p.id(), p));
        org.units().forEach(u -> units.put(u.id(), u));
    }

    Optional<Person> person(PersonId id) {
        return Optional.ofNullable(people.get(id));
    }

    String name(PersonId id) {
        return person(id).map(Person::name).orElse("");
    }

    /** {@code id name}, or the id alone for someone not registered. */
    String label(PersonId id) {
        return person(id).map(p -> id + " " + p.name()).orElse(id.value());
    }

    /** The name of the person's unit, empty when unknown. */
    String unitName(PersonId id) {
        return person(id).map(p -> Optional.ofNullable(units.get(p.unit())).map(OrgUnit::name).orElse(p.unit().value())).orElse("");
    }
}
