package appraisal.domain.port.in.agreement;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;

/**
 * What a copy made: the new draft, the agreement it was copied from, and the items whose indicator
 * has a newer version since, whose local target adjustments (written for the old version) were left out.
 */
public record CopiedAgreement(AgreementId draft, AgreementId source, ImmutableList<String> adjustmentsLeftOut) {
    public CopiedAgreement {
        Require.present(draft, "draft");
        Require.present(source, "source");
        Require.present(adjustmentsLeftOut, "adjustmentsLeftOut");
    }
}
