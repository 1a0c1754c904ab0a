package appraisal.domain.port.in.agreement;

import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.shared.Require;
import java.math.BigDecimal;

/** A new weight (percent) for one item of a draft. */
public record ChangeWeightCommand(AgreementChange change, ItemId item, BigDecimal weight) {
    public ChangeWeightCommand {
        Require.present(change, "change");
        Require.present(item, "item");
        Require.present(weight, "weight");
    }
}
