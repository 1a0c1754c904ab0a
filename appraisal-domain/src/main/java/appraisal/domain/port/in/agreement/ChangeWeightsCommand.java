package appraisal.domain.port.in.agreement;

import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;

/** New weights for several items of a draft at once (as a form sends them), all or none. */
public record ChangeWeightsCommand(AgreementChange change, ImmutableMap<ItemId, BigDecimal> weights) {
    public ChangeWeightsCommand {
        Require.present(change, "change");
        Require.present(weights, "weights");
    }
}
