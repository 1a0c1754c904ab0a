package appraisal.domain.port.in.bad;

/** Breaks rule 3 on purpose: a command that is a mutable class, not a record. Only ever imported alone. */
public final class SignAgreementCommand {
    public String agreementId;
}
