package appraisal.domain.model.audit;

import appraisal.domain.model.shared.Require;
import java.util.Optional;

/**
 * An audit event as the trail stores it: its place ({@code seq}, the order of appending), the
 * event, the seal of the event before it in its aggregate's trail and its own seal
 * ({@link AuditSeal}), and the id of the key that sealed it. Read back for checking, so it takes
 * whatever the store holds: an empty {@code event} for a row that no longer reads as one, empty
 * texts for a row that was never sealed.
 *
 * @param seq           the order of appending
 * @param aggregateType the aggregate's kind, as stored
 * @param aggregateId   the aggregate's id, as stored
 * @param event         the event, or empty if the stored row does not read as one
 * @param previous      the seal of the event before it ({@link AuditSeal#START} for the first)
 * @param seal          its own seal, empty if none
 * @param keyId         the id of the key that sealed it, empty if none
 */
public record SealedEvent(long seq, String aggregateType, String aggregateId, Optional<DomainEvent> event, String previous, String seal,
                          String keyId) {

    public SealedEvent {
        Require.present(aggregateType, "aggregateType");
        Require.present(aggregateId, "aggregateId");
        Require.present(event, "event");
        previous = previous == null ? "" : previous;
        seal = seal == null ? "" : seal;
        keyId = keyId == null ? "" : keyId;
    }

    /** An event just sealed. */
    public static SealedEvent of(long seq, DomainEvent event, String previous, AuditSeal.Seal seal) {
        return new SealedEvent(seq, event.aggregateType(), event.aggregateId(), Optional.of(event), previous, seal.value(), seal.keyId());
    }

    /** The event for people: its place, and its type and version when it reads. */
    public String describe() {
        return "event " + seq + event.map(e -> " (" + e.type() + ", a change made at version " + e.version() + ")").orElse(" (unreadable)");
    }
}
