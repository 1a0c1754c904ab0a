package appraisal.domain.port.in.org;

import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import java.util.List;

/** Read-only views of the organisation: units and people. */
public interface OrgQueries {

    List<OrgUnit> units();

    List<Person> people();

    List<Person> peopleIn(OrgUnitId unit);

    /** The person, or a {@code NOT_FOUND} refusal naming them. */
    Person person(PersonId id);
}
