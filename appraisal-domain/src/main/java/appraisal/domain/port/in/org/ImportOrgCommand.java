package appraisal.domain.port.in.org;

import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;

/** Units and people to import (either list may be empty), by whom. */
public record ImportOrgCommand(ImmutableList<OrgUnit> units, ImmutableList<Person> people, PersonId actor) {
    public ImportOrgCommand {
        Require.present(units, "units");
        Require.present(people, "people");
        Require.present(actor, "actor");
    }
}
