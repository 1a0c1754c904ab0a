package appraisal.domain.fake;

import appraisal.domain.model.audit.AuditKey;
import appraisal.domain.model.audit.AuditSeal;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.audit.SealedEvent;
import appraisal.domain.port.out.AuditSink;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A fake of {@link AuditSink}: an append-only list, each event sealed as the real stores seal it
 * (one chain per aggregate, with a key of this fake's own).
 */
public final class InMemoryAuditSink implements AuditSink {

    /** The fakes' audit key: fixed, so that a fake's backup verifies in another fake. */
    public static final AuditSeal SEAL = AuditSeal.of(List.of(AuditKey.of("in-memory audit key, for tests".getBytes(
            java.nio.charset.StandardCharsets.UTF_8))), "the in-memory key");

    private final List<SealedEvent> events = new ArrayList<>();
    private final Map<String, String> lastSeals = new HashMap<>();

    @Override
    public synchronized void append(List<DomainEvent> batch) {
        for (DomainEvent e : batch) {
            String aggregate = e.aggregateType() + "\n" + e.aggregateId();
            String previous = lastSeals.getOrDefault(aggregate, AuditSeal.START);
            SealedEvent sealed = SealedEvent.of(events.size() + 1, e, previous, SEAL.seal(previous, e));
            events.add(sealed);
            lastSeals.put(aggregate, sealed.seal());
        }
    }

    @Override
    public synchronized List<DomainEvent> history(String aggregateType, String aggregateId) {
        return all().stream().filter(e -> e.aggregateType().equals(aggregateType) && e.aggregateId().equals(aggregateId)).toList();
    }

    public synchronized List<DomainEvent> all() {
        return events.stream().flatMap(e -> e.event().stream()).toList();
    }

    /** Every event as stored, with its seal, aggregate by aggregate and each in the order appended (as a store's inspection reads them). */
    public synchronized List<SealedEvent> sealed() {
        return events.stream().sorted(Comparator.comparing(SealedEvent::aggregateType).thenComparing(SealedEvent::aggregateId)
                .thenComparingLong(SealedEvent::seq)).toList();
    }

    /** Every event as stored, in the order appended, for a backup. */
    public synchronized List<SealedEvent> contents() {
        return List.copyOf(events);
    }

    /** Makes this hold exactly {@code contents}, as a restore does (the only way a program ever rewrites a trail). */
    public synchronized void replaceContents(List<SealedEvent> contents) {
        events.clear();
        events.addAll(contents);
        lastSeals.clear();
        events.forEach(e -> lastSeals.put(e.aggregateType() + "\n" + e.aggregateId(), e.seal()));
    }

    /** Changes the stored events behind the program's back, as someone holding the database could. */
    public synchronized void tamper(UnaryOperator<List<SealedEvent>> change) {
        replaceContents(change.apply(new ArrayList<>(events)));
    }
}
