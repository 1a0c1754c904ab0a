/** Scores of an agreement and of a round, and the competencies expected of a position. */
package appraisal.domain.port.in.scoring;
