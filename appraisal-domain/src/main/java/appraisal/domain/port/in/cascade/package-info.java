/** Cascades down the organisation, their report, roll-ups back up and deadline compliance. */
package appraisal.domain.port.in.cascade;
