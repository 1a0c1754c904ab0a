package appraisal.persistence;

import appraisal.domain.port.out.AuditSink;
import appraisal.domain.port.out.contract.AuditSinkContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AuditSink contract on a SQLite file. */
class SqliteAuditSinkTest extends AuditSinkContract {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.SQLITE);

    @Override
    protected AuditSink sink() {
        return fresh.store().audit();
    }
}
