package appraisal.http.bad;

import appraisal.domain.port.out.bad.AgreementStore;

/** Breaks rule 4 on purpose: a web handler holding a driven port instead of a use case. Only ever imported alone. */
public final class ReachesARepository {

    private final AgreementStore store;

    public ReachesARepository(AgreementStore store) {
        this.store = store;
    }

    public AgreementStore store() {
        return store;
    }
}
