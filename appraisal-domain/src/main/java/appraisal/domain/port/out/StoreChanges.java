package appraisal.domain.port.out;

/**
 * Tells when what a server keeps in memory between requests last changed in the store, whoever
 * changed it (this program, another process on the same database, a restore): the organisation
 * (its units and people) and access (accounts and bearer tokens). A reader that keeps them
 * compares the counts with the ones it read them at, and reads again when they differ. Both
 * counts come from one look at the store, as a request asks for both.
 */
public interface StoreChanges {

    /** The change counts now; each is different after every committed change of what it counts. */
    ChangeCounts counts();

    /**
     * How many changes the store has seen: {@code org} moves on with every change to a unit or a
     * person, {@code access} with every change to an account or a bearer token (not with sessions,
     * which change as people click).
     */
    record ChangeCounts(long org, long access) {
    }
}
