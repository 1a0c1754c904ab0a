package appraisal.domain.port.in.agreement;

import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;

/**
 * New values for the targets of some levels of one item, as a form gives them: per level (1..5) the
 * values of that level's targets in the order {@code Targets.of} lists them for the indicator's own
 * criterion (a blank value keeps the indicator's), with the reason for the change. A level whose
 * values equal the indicator's own targets has no local adjustment; levels not named keep theirs.
 */
public record RetargetCommand(AgreementChange change, ItemId item, ImmutableMap<Integer, ImmutableList<String>> levels, String reason) {
    public RetargetCommand {
        Require.present(change, "change");
        Require.present(item, "item");
        Require.present(levels, "levels");
        reason = reason == null ? "" : reason.strip();
    }
}
