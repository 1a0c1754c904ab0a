package appraisal.domain.port.in.cascade;

import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.round.RoundId;
import java.util.Optional;

/**
 * Follows a round against its deadlines (agreement, self-assessment, evaluation) on today's date
 * from the clock: who has not agreed, not self-assessed, not been evaluated — done late counts as
 * late — with the days late or left, per person and per office. Everyone in scope who has a
 * supervisor (and so an evaluator) is expected to have an agreement; so is anyone who has one.
 */
public interface DeadlineComplianceUseCase {

    /** @param scope a unit whose subtree to follow; empty for the whole organisation */
    ComplianceReport compliance(RoundId round, Optional<OrgUnitId> scope);
}
