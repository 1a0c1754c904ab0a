package appraisal.domain.fake;

import appraisal.domain.port.out.AccountRepository;
import appraisal.domain.port.out.SessionRepository;
import appraisal.domain.port.out.contract.SessionRepositoryContract;

/** The in-memory fake keeps the same contract as the real stores, so use-case tests can trust it. */
class InMemorySessionRepositoryTest extends SessionRepositoryContract {

    private final InMemorySessionRepository fake = new InMemorySessionRepository();
    private final InMemoryAccountRepository accounts = new InMemoryAccountRepository();

    @Override
    protected SessionRepository repository() {
        return fake;
    }

    @Override
    protected AccountRepository accounts() {
        return accounts;
    }
}
