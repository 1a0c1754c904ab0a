package appraisal.domain.port.out;

import appraisal.domain.model.audit.DomainEvent;
import java.util.List;

/**
 * The append-only audit trail: every state change as a domain event (who, when, what,
 * before/after). Events are never changed or removed once appended.
 */
public interface AuditSink {

    void append(List<DomainEvent> events);

    /** The events of one aggregate, oldest first. */
    List<DomainEvent> history(String aggregateType, String aggregateId);
}
