package appraisal.domain.fake;

import appraisal.domain.port.out.AccountRepository;
import appraisal.domain.port.out.contract.AccountRepositoryContract;

/** The in-memory fake keeps the same contract as the real stores, so use-case tests can trust it. */
class InMemoryAccountRepositoryTest extends AccountRepositoryContract {

    private final InMemoryAccountRepository fake = new InMemoryAccountRepository();

    @Override
    protected AccountRepository repository() {
        return fake;
    }
}
