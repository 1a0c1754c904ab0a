package appraisal.domain.model.audit;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableMap;
import java.time.Instant;
import java.util.Map;

/**
 * One state change of an aggregate, as the audit trail stores it: which aggregate, at which
 * version, what happened (a stable dotted type such as {@code agreement.signed}), who did it,
 * when, and the changed fields before and after as plain text.
 *
 * <p>Generic on purpose: any aggregate raises these, so one append-only store and one reader
 * serve them all. Values are text because the trail is read by people and scripts, not replayed.
 *
 * @param aggregateType the kind of aggregate, e.g. {@code agreement}
 * @param aggregateId   the aggregate's id as text
 * @param version       the aggregate's version when the change was made (the version it was
 *                      loaded with); the save that stores the event produces a later one
 * @param type          stable event type, never reworded once published
 * @param actor         who caused the change
 * @param at            when, as passed in by the caller (the domain never reads a clock)
 * @param before        changed fields before the change (empty for a creation)
 * @param after         changed fields after the change
 */
public record DomainEvent(
        String aggregateType,
        String aggregateId,
        long version,
        String type,
        PersonId actor,
        Instant at,
        ImmutableMap<String, String> before,
        ImmutableMap<String, String> after) {

    public DomainEvent {
        aggregateType = Require.text(aggregateType, "aggregateType");
        aggregateId = Require.text(aggregateId, "aggregateId");
        Require.that(version >= 0, "event.bad-version", "an event's version must be >= 0, got " + version, "version");
        type = Require.text(type, "type");
        Require.present(actor, "actor");
        Require.present(at, "at");
        Require.present(before, "before");
        Require.present(after, "after");
    }

    /** Builds an event, copying the maps (they may be mutable while being assembled). */
    public static DomainEvent of(String aggregateType, String aggregateId, long version, String type,
                                 PersonId actor, Instant at, Map<String, String> before, Map<String, String> after) {
        return new DomainEvent(aggregateType, aggregateId, version, type, actor, at,
                ImmutableMap.copyOf(before), ImmutableMap.copyOf(after));
    }
}
