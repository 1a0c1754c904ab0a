package appraisal.domain.service;

import appraisal.domain.model.access.OrgScope;
import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.Visibility;
import appraisal.domain.port.in.access.VisibilityQueries;
import appraisal.domain.port.out.OrgUnitRepository;
import appraisal.domain.port.out.PersonRepository;
import appraisal.domain.port.out.StoreChanges;

/**
 * What a principal may see of the org ({@link VisibilityQueries#visibility}), the rule being
 * {@link OrgScope}'s. It asks about people and units from the org in memory: one read of the
 * store's change count per call, and the whole org read again only after someone changed it, here
 * or in another process.
 */
public final class OrgVisibilityService implements VisibilityQueries {

    private final OrgUnitRepository units;
    private final PersonRepository people;
    private final StoreChanges changes;
    /** The org as last read, shared by every request until the store's change count moves on. */
    private volatile OrgSnapshot org;

    public OrgVisibilityService(OrgUnitRepository units, PersonRepository people, StoreChanges changes) {
        this.units = units;
        this.people = people;
        this.changes = changes;
    }

    @Override
    public Visibility visibility(Principal principal) {
        return principal.admin() ? OrgScope.everything() : visibility(principal, changes.counts().org());
    }

    /** What {@code principal} may see of the org as of the store's org change count {@code orgCount}, read by the caller. */
    Visibility visibility(Principal principal, long orgCount) {
        if (principal.admin()) {
            return OrgScope.everything();
        }
        return org(orgCount).scopeOf(principal.person().orElseThrow());
    }

    private OrgSnapshot org(long count) {
        // The count was read first: a change committed while the org is read leaves the snapshot
        // labelled with the older count, so the next call reads the org again rather than keep a stale one.
        OrgSnapshot known = org;
        if (known != null && known.count() == count) {
            return known;
        }
        OrgSnapshot fresh = OrgSnapshot.of(count, units.all(), people.all());
        org = fresh;
        return fresh;
    }
}
