/**
 * The persistence adapter: Jdbi implementations of the domain's driven ports on SQLite (an office
 * on one file) or PostgreSQL (a department with several app instances), with one Flyway migration
 * set. {@link appraisal.persistence.Store} is the one entry point the composition root uses; the
 * repositories behind it are package-private.
 */
package appraisal.persistence;
