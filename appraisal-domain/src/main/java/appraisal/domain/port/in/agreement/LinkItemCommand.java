package appraisal.domain.port.in.agreement;

import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.shared.Require;
import java.util.Optional;

/** Links a draft's item to the item of the evaluator's agreement it contributes to; empty unlinks it. */
public record LinkItemCommand(AgreementChange change, ItemId item, Optional<ItemRef> parent) {
    public LinkItemCommand {
        Require.present(change, "change");
        Require.present(item, "item");
        Require.present(parent, "parent");
    }
}
