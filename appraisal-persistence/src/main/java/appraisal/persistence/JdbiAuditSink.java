package appraisal.persistence;

import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.port.out.AuditSink;
import java.util.List;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The audit trail in table {@code audit_event}. Only ever inserted into; the database itself
 * refuses UPDATE and DELETE on the table (migration V2), so no program can rewrite history.
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

    JdbiAuditSink(JdbiUnitOfWork transactions, JsonColumns json) {
        this.transactions = transactions;
        this.json = json;
    }

    @Override
    public void append(List<DomainEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        transactions.write(h -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO audit_event (aggregate_type, aggregate_id, version, type, actor_id, occurred_at, before_fields, after_fields)
                    VALUES (:aggregateType, :aggregateId, :version, :type, :actorId, :occurredAt, :beforeFields, :afterFields)""");
            for (DomainEvent e : events) {
                batch.bind("aggregateType", e.aggregateType()).bind("aggregateId", e.aggregateId()).bind("version", e.version())
                        .bind("type", e.type()).bind("actorId", e.actor().value()).bind("occurredAt", Columns.instant(e.at()))
                        .bind("beforeFields", json.fields(e.before())).bind("afterFields", json.fields(e.after())).add();
            }
            return batch.execute();
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
