package appraisal.domain.model.agreement;

import appraisal.domain.model.shared.Require;

/** Identifies an item within its agreement; stable across revisions so results stay attached. */
public record ItemId(String value) {

    public ItemId {
        value = Require.text(value, "itemId");
    }

    @Override
    public String toString() {
        return value;
    }
}
