package appraisal.domain.model.access;

import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.PersonId;

/**
 * What one principal may see, decided once per request from the org tree: an administrator
 * everything; anyone else themself, every person below them in the supervisor chain (as
 * evaluator or reviewer), and everyone in the units they head and the units below those (an
 * office head their office, a province its districts).
 */
public interface Visibility {

    /** True for an administrator. */
    boolean all();

    boolean sees(PersonId person);

    /** True when the principal heads this unit or one above it (or is an administrator). */
    boolean seesUnit(OrgUnitId unit);
}
