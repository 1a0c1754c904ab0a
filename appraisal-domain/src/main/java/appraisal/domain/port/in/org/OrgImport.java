package appraisal.domain.port.in.org;

/** How many units and people an import added or updated. */
public record OrgImport(int unitsAdded, int unitsUpdated, int peopleAdded, int peopleUpdated) {
}
