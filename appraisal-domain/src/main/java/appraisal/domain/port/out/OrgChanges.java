package appraisal.domain.port.out;

/**
 * Tells when the organisation — its units and people — last changed in the store, whoever
 * changed it (this program, another process on the same database, a restore). A reader that
 * keeps the org in memory compares the count with the one it read the org at, and reads the org
 * again when they differ.
 */
public interface OrgChanges {

    /** A number that is different after every committed change to a unit or a person. */
    long count();
}
