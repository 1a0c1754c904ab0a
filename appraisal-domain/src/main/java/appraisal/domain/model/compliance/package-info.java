/**
 * Following a round against its deadlines: when each person's agreement reached each step
 * ({@link appraisal.domain.model.compliance.StepTimes}), how that stands against the deadline on
 * a given day ({@link appraisal.domain.model.compliance.DeadlineCheck}), per person and summed up
 * per office — the progress dashboard of which offices and people are late.
 */
package appraisal.domain.model.compliance;
