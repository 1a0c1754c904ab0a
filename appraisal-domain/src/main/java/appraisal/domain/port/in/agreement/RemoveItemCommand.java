package appraisal.domain.port.in.agreement;

import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.shared.Require;

/** An item to remove from a draft. */
public record RemoveItemCommand(AgreementChange change, ItemId item) {
    public RemoveItemCommand {
        Require.present(change, "change");
        Require.present(item, "item");
    }
}
