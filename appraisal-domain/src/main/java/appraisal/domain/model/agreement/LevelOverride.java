package appraisal.domain.model.agreement;

import appraisal.domain.model.shared.DomainException;

/** The evaluator's decision to set an item's level by hand (0..5); always with a reason, for the record. */
public record LevelOverride(int level, String reason) {

    public LevelOverride {
        if (level < 0 || level > 5) {
            throw DomainException.invalid("agreement.override-out-of-range",
                    "an overridden level must be 0..5, got " + level, "level");
        }
        if (reason == null || reason.isBlank()) {
            throw DomainException.invalid("agreement.override-needs-reason",
                    "overriding the level to " + level + " needs a reason", "reason");
        }
        reason = reason.strip();
    }
}
