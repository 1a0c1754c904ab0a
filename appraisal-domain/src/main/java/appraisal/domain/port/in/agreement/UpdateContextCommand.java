package appraisal.domain.port.in.agreement;

import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.shared.Require;

/** Replace the agreement's office facts (such as {@code office.headcount}) that bracket criteria read. */
public record UpdateContextCommand(AgreementChange change, Facts context) {
    public UpdateContextCommand {
        Require.present(change, "change");
        Require.present(context, "context");
    }
}
