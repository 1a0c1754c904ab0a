package appraisal.persistence;

import appraisal.domain.port.out.SignInAttempts;
import java.time.Instant;
import java.util.List;

/** Failed sign-ins in table {@code sign_in_failure}, one row each, indexed by key and time. */
final class JdbiSignInAttempts implements SignInAttempts {

    private final JdbiUnitOfWork transactions;

    JdbiSignInAttempts(JdbiUnitOfWork transactions) {
        this.transactions = transactions;
    }

    @Override
    public void recordFailure(String key, Instant at) {
        transactions.writeStatement(h -> h.createUpdate("INSERT INTO sign_in_failure (throttle_key, at) VALUES (:key, :at)")
                .bind("key", key).bind("at", Columns.instant(at)).execute());
    }

    @Override
    public List<Instant> failures(String key, Instant since) {
        // Instants are fixed-width UTC text, so text order is time order.
        return transactions.read(h -> h.createQuery("SELECT at FROM sign_in_failure WHERE throttle_key = :key AND at >= :since ORDER BY at")
                .bind("key", key).bind("since", Columns.instant(since)).mapTo(String.class).list())
                .stream().map(Columns::instant).toList();
    }

    @Override
    public void clear(String key) {
        transactions.writeStatement(h -> h.createUpdate("DELETE FROM sign_in_failure WHERE throttle_key = :key").bind("key", key).execute());
    }

    @Override
    public int forgetBefore(Instant before) {
        return transactions.writeStatement(h -> h.createUpdate("DELETE FROM sign_in_failure WHERE at < :before")
                .bind("before", Columns.instant(before)).execute());
    }
}
