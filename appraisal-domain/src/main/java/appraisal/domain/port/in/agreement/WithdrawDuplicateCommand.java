package appraisal.domain.port.in.agreement;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;

/** Which duplicate agreement to take out of the store, why (kept in the audit trail), and who does it. */
public record WithdrawDuplicateCommand(AgreementId agreement, String reason, PersonId actor) {
    public WithdrawDuplicateCommand {
        Require.present(agreement, "agreement");
        reason = reason == null ? "" : reason.strip();
        Require.present(actor, "actor");
    }
}
