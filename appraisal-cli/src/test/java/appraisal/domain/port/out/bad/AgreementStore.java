package appraisal.domain.port.out.bad;

/** Breaks rule 3 on purpose: a driven port written as a class. Only ever imported alone. */
public class AgreementStore {
}
