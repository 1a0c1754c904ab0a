package appraisal.persistence;

import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.port.out.AuditSink;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The audit trail in table {@code audit_event}. Only ever inserted into; the database itself
 * refuses UPDATE and DELETE on the table (migration V2), so no program can rewrite history by
 * mistake; and each event is sealed after the one before it in its aggregate's trail (V12,
 * {@link AuditRows}), so whoever lifts those triggers and rewrites it anyway is found by a check.
 * Order is the order of appending ({@code seq}), not the events' own times.
 */
final class JdbiAuditSink implements AuditSink {

    /** One row of {@code audit_event}. */
    record EventRow(String aggregateType, String aggregateId, long version, String type, String actorId, String occurredAt,
                    String beforeFields, String afterFields) {
    }

    private static final RowMapper<EventRow> ROW = (rs, ctx) -> new EventRow(rs.getString("aggregate_type"),
            rs.getString("aggregate_id"), rs.getLong("version"), rs.getString("type"), rs.getString("actor_id"),
            rs.getString("occurred_at"), rs.getString("before_fields"), rs.getString("after_fields"));

    private final JdbiUnitOfWork transactions;
    private final JsonColumns json;
    private final AuditRows rows;

    JdbiAuditSink(JdbiUnitOfWork transactions, JsonColumns json, AuditRows rows) {
        this.transactions = transactions;
        this.json = json;
        this.rows = rows;
    }

    @Override
    public void append(List<DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        transactions.write(h -> {
            try {
                rows.append(h, events);
                return null;
            } catch (SQLException e) {
                throw new StoreException("could not append " + events.size() + " audit event(s): " + e.getMessage(), e);
            }
        });
    }

    @Override
    public List<DomainEvent> history(String aggregateType, String aggregateId) {
        return transactions.read(h -> h.createQuery("""
                        SELECT aggregate_type, aggregate_id, version, type, actor_id, occurred_at, before_fields, after_fields
                        FROM audit_event WHERE aggregate_type = :type AND aggregate_id = :id ORDER BY seq""")
                .bind("type", aggregateType).bind("id", aggregateId).map(ROW).list())
                .stream().map(this::toEvent).toList();
    }

    private DomainEvent toEvent(EventRow row) {
        String where = "audit event of " + row.aggregateType() + " " + row.aggregateId();
        return new DomainEvent(row.aggregateType(), row.aggregateId(), row.version(), row.type(), new PersonId(row.actorId()),
                Columns.instant(row.occurredAt()), json.fields(row.beforeFields(), where), json.fields(row.afterFields(), where));
    }
}
