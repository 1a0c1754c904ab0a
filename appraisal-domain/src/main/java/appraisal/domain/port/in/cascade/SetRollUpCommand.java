package appraisal.domain.port.in.cascade;

import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.RollUp;
import appraisal.domain.model.shared.Require;
import appraisal.domain.port.in.agreement.AgreementChange;
import java.util.Objects;
import java.util.Optional;

/** Set (or, empty, remove) how a draft's item is rolled up from the items cascaded from it. */
public record SetRollUpCommand(AgreementChange change, ItemId item, Optional<RollUp> rollUp) {
    public SetRollUpCommand {
        Require.present(change, "change");
        Require.present(item, "item");
        Objects.requireNonNull(rollUp, "rollUp");
    }
}
