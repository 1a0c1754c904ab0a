package appraisal.domain.port.in.agreement;

import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableMap;

/** Local targets for named levels of one item (e.g. a smaller district's level 5), with the reason. */
public record AdjustTargetsCommand(AgreementChange change, ItemId item, ImmutableMap<Integer, Criterion> levels, String reason) {
    public AdjustTargetsCommand {
        Require.present(change, "change");
        Require.present(item, "item");
        Require.present(levels, "levels");
        reason = reason == null ? "" : reason.strip();
    }
}
