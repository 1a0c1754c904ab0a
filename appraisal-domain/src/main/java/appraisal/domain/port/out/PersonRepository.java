package appraisal.domain.port.out;

import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import java.util.List;
import java.util.Optional;

/** Stores people with their position, unit and supervisor. */
public interface PersonRepository {

    /** Inserts a person, or replaces the person with the same id. */
    void save(Person person);

    Optional<Person> find(PersonId id);

    List<Person> inUnit(OrgUnitId unit);

    /** The people whose supervisor is {@code supervisor}. */
    List<Person> subordinates(PersonId supervisor);

    List<Person> all();
}
