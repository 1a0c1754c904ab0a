package appraisal.domain.port.in.agreement;

import appraisal.domain.model.shared.Require;

/** An item to add to a draft. */
public record AddItemCommand(AgreementChange change, ItemDraft item) {
    public AddItemCommand {
        Require.present(change, "change");
        Require.present(item, "item");
    }
}
