package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.contract.PortExamples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A connection to PostgreSQL lost in the middle of a use case: what the caller is told must be
 * true. Lost while the transaction was being committed, the change may have been committed before
 * the server went: {@code store.commit-unknown}, never "failed". Lost before the commit was asked
 * for, the server undoes the transaction: {@code store.unavailable}, nothing saved. The connection
 * is ended by the server ({@code pg_terminate_backend}, as a restart or an administrator does).
 */
class PostgresLostConnectionTest {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.POSTGRESQL);

    private static List<DomainEvent> events(String id) {
        return List.of(PortExamples.event(id, 0, "agreement.drafted", 1, Map.of(), Map.of("status", "DRAFT")));
    }

    /** Ends the server process behind the connection of the transaction running on this thread, and waits until it has gone. */
    private void endThisConnection(JdbiUnitOfWork transactions) {
        int pid = transactions.read(h -> h.createQuery("SELECT pg_backend_pid()").mapTo(Integer.class).one());
        TestDatabase.Server.admin("SELECT pg_terminate_backend(" + pid + ", 5000)");
    }

    @Test
    void a_connection_lost_while_a_change_commits_is_answered_that_it_may_or_may_not_have_been_saved() {
        Store store = fresh.store();
        JdbiUnitOfWork transactions = (JdbiUnitOfWork) store.unitOfWork();

        DomainException refusal = catchThrowableOfType(DomainException.class, () -> transactions.inTransaction(() -> {
            store.audit().append(events("lost-at-commit"));
            endThisConnection(transactions); // the last thing before the commit
            return null;
        }));

        assertThat(refusal.kind()).isEqualTo(DomainException.Kind.UNAVAILABLE);
        assertThat(refusal.code()).isEqualTo("store.commit-unknown");
        assertThat(refusal.getMessage()).contains("stopped answering while a change was being committed", "may or may not have been saved",
                "before trying again");
        // Here the server had in fact ended before the commit came, so nothing was saved; the caller could not have known.
        assertThat(store.audit().history("agreement", "lost-at-commit")).isEmpty();
        store.audit().append(events("after"));
        assertThat(store.audit().history("agreement", "after")).hasSize(1);
    }

    @Test
    void a_connection_lost_before_the_commit_is_answered_that_nothing_was_saved() {
        Store store = fresh.store();
        JdbiUnitOfWork transactions = (JdbiUnitOfWork) store.unitOfWork();

        DomainException refusal = catchThrowableOfType(DomainException.class, () -> transactions.inTransaction(() -> {
            store.audit().append(events("lost-before-1"));
            endThisConnection(transactions);
            store.audit().append(events("lost-before-2"));
            return null;
        }));

        assertThat(refusal.code()).isEqualTo("store.unavailable");
        assertThat(refusal.getMessage()).contains("nothing was saved");
        assertThat(store.audit().history("agreement", "lost-before-1")).isEmpty();
    }

    @Test
    void a_use_case_that_only_read_is_not_answered_commit_unknown_when_its_connection_is_lost_at_the_end() {
        Store store = fresh.store();
        JdbiUnitOfWork transactions = (JdbiUnitOfWork) store.unitOfWork();

        DomainException refusal = catchThrowableOfType(DomainException.class, () -> transactions.inTransaction(() -> {
            store.audit().history("agreement", "nothing");
            endThisConnection(transactions);
            return null;
        }));

        assertThat(refusal.code()).isEqualTo("store.unavailable");
    }
}
