package appraisal.domain.port.out;

import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import java.util.List;
import java.util.Optional;

/** Stores the organisation tree. */
public interface OrgUnitRepository {

    /** Inserts a unit, or replaces the unit with the same id. */
    void save(OrgUnit unit);

    Optional<OrgUnit> find(OrgUnitId id);

    List<OrgUnit> children(OrgUnitId parent);

    List<OrgUnit> all();
}
