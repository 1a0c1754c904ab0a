/** The store as a whole: backup, restore, check and readiness. */
package appraisal.domain.port.in.store;
