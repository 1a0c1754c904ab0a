package appraisal.domain.model.org;

import appraisal.domain.model.shared.Require;

/** Identifies an org unit by its code, e.g. {@code BRM-LPM} for a district office. */
public record OrgUnitId(String value) {
    public OrgUnitId {
        value = Require.text(value, "orgUnitId");
    }

    @Override
    public String toString() {
        return value;
    }
}
