package appraisal.domain.fake;

import appraisal.domain.port.out.SignInAttempts;
import appraisal.domain.port.out.contract.SignInAttemptsContract;

/** The in-memory fake keeps the same contract as the real stores, so use-case tests can trust it. */
class InMemorySignInAttemptsTest extends SignInAttemptsContract {

    private final InMemorySignInAttempts fake = new InMemorySignInAttempts();

    @Override
    protected SignInAttempts attempts() {
        return fake;
    }
}
