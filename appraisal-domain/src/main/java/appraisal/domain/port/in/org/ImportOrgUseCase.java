package appraisal.domain.port.in.org;

/**
 * Imports org units and people all at once (e.g. from CSV): all are stored, or none. Refusals
 * name the offending entry as {@code units/N} or {@code people/N} (0-based, in the order given)
 * so an adapter can point at the file row: unknown parents, units or supervisors, duplicate ids,
 * and cycles in the unit tree or the supervisor chain.
 */
public interface ImportOrgUseCase {

    OrgImport importOrg(ImportOrgCommand command);
}
