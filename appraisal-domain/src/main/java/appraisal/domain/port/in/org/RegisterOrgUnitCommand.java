package appraisal.domain.port.in.org;

import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;

/** A unit to register, by whom. */
public record RegisterOrgUnitCommand(OrgUnit unit, PersonId actor) {
    public RegisterOrgUnitCommand {
        Require.present(unit, "unit");
        Require.present(actor, "actor");
    }
}
