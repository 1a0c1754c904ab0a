package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.Agreement;
import org.jdbi.v3.core.JdbiException;
import org.junit.jupiter.api.Test;

/** The append-only audit trail on the embedded PostgreSQL (a trigger function that raises). */
class PostgresAppendOnlyAuditTest extends AppendOnlyAuditTests {

    PostgresAppendOnlyAuditTest() {
        super(TestDatabase.POSTGRESQL);
    }

    @Test
    void truncating_the_audit_table_is_refused_too() {
        Throwable refusal = refusalOf("TRUNCATE audit_event");

        assertThat(refusal).isInstanceOf(JdbiException.class).hasMessageContaining("append-only");
        assertThat(fresh.store().audit().history(Agreement.AGGREGATE_TYPE, "agr-1")).hasSize(2);
    }
}
