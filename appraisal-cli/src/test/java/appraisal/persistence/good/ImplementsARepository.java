package appraisal.persistence.good;

import appraisal.domain.port.out.bad.AgreementStore;

/** The way rule 4 wants it: the persistence adapter implements the driven port. */
public final class ImplementsARepository extends AgreementStore {
}
