package appraisal.persistence;

import appraisal.domain.port.out.SignInAttempts;
import appraisal.domain.port.out.contract.SignInAttemptsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SignInAttempts contract on the embedded PostgreSQL. */
class PostgresSignInAttemptsTest extends SignInAttemptsContract {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.POSTGRESQL);

    @Override
    protected SignInAttempts attempts() {
        return fresh.store().signInAttempts();
    }
}
