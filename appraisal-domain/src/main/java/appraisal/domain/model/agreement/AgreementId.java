package appraisal.domain.model.agreement;

import appraisal.domain.model.shared.Require;

/** Identifies an agreement; assigned when it is drafted, never reused. */
public record AgreementId(String value) {

    public AgreementId {
        value = Require.text(value, "agreementId");
    }

    @Override
    public String toString() {
        return value;
    }
}
