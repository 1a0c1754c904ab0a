package appraisal.domain.fake;

import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.port.out.AuditSink;
import java.util.ArrayList;
import java.util.List;

/** A fake of {@link AuditSink}: an append-only list. */
public final class InMemoryAuditSink implements AuditSink {

    private final List<DomainEvent> events = new ArrayList<>();

    @Override
    public synchronized void append(List<DomainEvent> batch) {
        events.addAll(batch);
    }

    @Override
    public synchronized List<DomainEvent> history(String aggregateType, String aggregateId) {
        return events.stream().filter(e -> e.aggregateType().equals(aggregateType) && e.aggregateId().equals(aggregateId)).toList();
    }

    public synchronized List<DomainEvent> all() {
        return List.copyOf(events);
    }

    /** Makes this hold exactly {@code contents}, as a restore does (the only way a trail is ever rewritten). */
    public synchronized void replaceContents(List<DomainEvent> contents) {
        events.clear();
        events.addAll(contents);
    }
}
