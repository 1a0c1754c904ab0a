package appraisal.domain.fake;

import appraisal.domain.port.out.AuditSink;
import appraisal.domain.port.out.contract.AuditSinkContract;

/** The in-memory fake keeps the same contract as the real stores, so use-case tests can trust it. */
class InMemoryAuditSinkTest extends AuditSinkContract {

    private final InMemoryAuditSink fake = new InMemoryAuditSink();

    @Override
    protected AuditSink sink() {
        return fake;
    }
}
