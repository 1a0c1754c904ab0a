package appraisal.domain.model.org;

import appraisal.domain.model.shared.Require;

/** Identifies a person, e.g. a staff number. */
public record PersonId(String value) {
    public PersonId {
        value = Require.text(value, "personId");
    }

    @Override
    public String toString() {
        return value;
    }
}
