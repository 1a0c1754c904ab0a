package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.port.out.contract.PortExamples;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The audit trail is append-only in the database itself: plain SQL from any program cannot
 * change or remove an event, while appending goes on working.
 */
abstract class AppendOnlyAuditTests {

    @RegisterExtension
    final FreshStore fresh;

    private final DomainEvent drafted = PortExamples.event("agr-1", 0, "agreement.drafted", 0, Map.of(), Map.of("status", "DRAFT"));
    private final DomainEvent signed = PortExamples.event("agr-1", 1, "agreement.signed", 1, Map.of("status", "DRAFT"),
            Map.of("status", "AGREED"));

    AppendOnlyAuditTests(TestDatabase database) {
        this.fresh = new FreshStore(database);
    }

    @BeforeEach
    void twoEventsAreStored() {
        fresh.store().audit().append(List.of(drafted, signed));
    }

    /** Runs SQL as any other program could, outside the repositories. */
    Throwable refusalOf(String sql) {
        return catchThrowable(() -> fresh.store().writeJdbi().useHandle(h -> h.execute(sql)));
    }

    private List<DomainEvent> history() {
        return fresh.store().audit().history(Agreement.AGGREGATE_TYPE, "agr-1");
    }

    @Test
    void an_update_of_an_audit_event_is_refused_and_changes_nothing() {
        Throwable refusal = refusalOf("UPDATE audit_event SET type = 'agreement.forged', actor_id = 'someone' WHERE aggregate_id = 'agr-1'");

        assertThat(refusal).isInstanceOf(JdbiException.class).hasMessageContaining("append-only");
        assertThat(history()).containsExactly(drafted, signed);
    }

    @Test
    void a_delete_of_an_audit_event_is_refused_and_removes_nothing() {
        Throwable refusal = refusalOf("DELETE FROM audit_event WHERE type = 'agreement.signed'");

        assertThat(refusal).isInstanceOf(JdbiException.class).hasMessageContaining("append-only");
        assertThat(history()).containsExactly(drafted, signed);
    }

    @Test
    void appending_goes_on_after_a_refused_change() {
        refusalOf("DELETE FROM audit_event");
        DomainEvent closed = PortExamples.event("agr-1", 2, "agreement.closed", 9, Map.of("status", "REVIEWED"), Map.of("status", "CLOSED"));

        fresh.store().audit().append(List.of(closed));

        assertThat(history()).containsExactly(drafted, signed, closed);
    }
}
