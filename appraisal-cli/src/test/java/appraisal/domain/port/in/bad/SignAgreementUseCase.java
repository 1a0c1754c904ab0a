package appraisal.domain.port.in.bad;

/** Breaks rule 3 on purpose: a use case that is a class, not an interface. Only ever imported alone. */
public class SignAgreementUseCase {
}
