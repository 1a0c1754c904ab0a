/** Appraisal rounds: opening one and reading them. */
package appraisal.domain.port.in.round;
