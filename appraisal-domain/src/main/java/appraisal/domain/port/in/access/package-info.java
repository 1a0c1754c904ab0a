/** Accounts, sign-in, sessions and tokens. */
package appraisal.domain.port.in.access;
