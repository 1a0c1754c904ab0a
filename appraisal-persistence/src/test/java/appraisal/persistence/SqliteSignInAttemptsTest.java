package appraisal.persistence;

import appraisal.domain.port.out.SignInAttempts;
import appraisal.domain.port.out.contract.SignInAttemptsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SignInAttempts contract on a SQLite file. */
class SqliteSignInAttemptsTest extends SignInAttemptsContract {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.SQLITE);

    @Override
    protected SignInAttempts attempts() {
        return fresh.store().signInAttempts();
    }
}
