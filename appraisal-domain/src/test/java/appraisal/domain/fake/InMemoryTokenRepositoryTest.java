package appraisal.domain.fake;

import appraisal.domain.port.out.AccountRepository;
import appraisal.domain.port.out.TokenRepository;
import appraisal.domain.port.out.contract.TokenRepositoryContract;

/** The in-memory fake keeps the same contract as the real stores, so use-case tests can trust it. */
class InMemoryTokenRepositoryTest extends TokenRepositoryContract {

    private final InMemoryTokenRepository fake = new InMemoryTokenRepository();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();

    @Override
    protected TokenRepository repository() {
        return fake;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }
}
