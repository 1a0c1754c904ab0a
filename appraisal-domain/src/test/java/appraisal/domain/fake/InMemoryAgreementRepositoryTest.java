package appraisal.domain.fake;

import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.contract.AgreementRepositoryContract;

/** The in-memory fake keeps the same contract as the real stores, so use-case tests can trust it. */
class InMemoryAgreementRepositoryTest extends AgreementRepositoryContract {

    private final InMemoryAgreementRepository fake = new InMemoryAgreementRepository();

    @Override
    protected AgreementRepository repository() {
        return fake;
    }
}
