package appraisal.domain.model.agreement;

import appraisal.domain.model.shared.Require;

/** Points at an item of another agreement, e.g. the parent item a cascaded item contributes to. */
public record ItemRef(AgreementId agreement, ItemId item) {

    public ItemRef {
        Require.present(agreement, "agreement");
        Require.present(item, "item");
    }

    @Override
    public String toString() {
        return agreement + "/" + item;
    }
}
