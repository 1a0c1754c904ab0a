package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import appraisal.domain.model.shared.DomainException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A use case PostgreSQL ends to break a deadlock (or a serialization failure) did nothing wrong and
 * saved nothing: the caller is told the store was busy and to try again ({@code store.busy}, a
 * 503 with {@code Retry-After}), not that the server failed.
 */
class PostgresDeadlockTest {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.POSTGRESQL);

    @Test
    void a_use_case_ended_to_break_a_deadlock_is_answered_busy_and_saves_nothing() throws Exception {
        Store store = fresh.store();
        JdbiUnitOfWork transactions = (JdbiUnitOfWork) store.unitOfWork();
        transactions.inTransaction(() -> transactions.write(h -> h.execute(
                "INSERT INTO id_counter (prefix, last_value) VALUES ('DLA', 0), ('DLB', 0)")));
        CountDownLatch otherHoldsB = new CountDownLatch(1);
        CountDownLatch useCaseHoldsA = new CountDownLatch(1);
        CompletableFuture<Void> other;
        try (Connection c = DriverManager.getConnection(store.location().jdbcUrl(), "postgres", "")) {
            c.setAutoCommit(false);
            other = CompletableFuture.runAsync(() -> {
                try (Statement s = c.createStatement()) {
                    // This session waits longest before looking for a deadlock, so the use case is the one PostgreSQL ends.
                    s.execute("SET deadlock_timeout = '20s'");
                    s.execute("UPDATE id_counter SET last_value = 100 WHERE prefix = 'DLB'");
                    otherHoldsB.countDown();
                    useCaseHoldsA.await(10, TimeUnit.SECONDS);
                    s.execute("UPDATE id_counter SET last_value = 100 WHERE prefix = 'DLA'");
                    c.commit();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            otherHoldsB.await(10, TimeUnit.SECONDS);

            DomainException refusal = catchThrowableOfType(DomainException.class, () -> transactions.inTransaction(() -> {
                transactions.write(h -> h.execute("UPDATE id_counter SET last_value = 1 WHERE prefix = 'DLA'"));
                useCaseHoldsA.countDown();
                transactions.write(h -> h.execute("UPDATE id_counter SET last_value = 1 WHERE prefix = 'DLB'"));
                return null;
            }));
            other.get(30, TimeUnit.SECONDS);

            assertThat(refusal).as("the use case ended by PostgreSQL").isNotNull();
            assertThat(refusal.kind()).isEqualTo(DomainException.Kind.UNAVAILABLE);
            assertThat(refusal.code()).isEqualTo("store.busy");
            assertThat(refusal.getMessage()).contains("nothing was saved", "try again");
        }
        int a = transactions.read(h -> h.createQuery("SELECT last_value FROM id_counter WHERE prefix = 'DLA'").mapTo(Integer.class).one());
        assertThat(a).as("the other session's change, not the use case's").isEqualTo(100);
    }
}
