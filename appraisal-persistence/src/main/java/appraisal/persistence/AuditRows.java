package appraisal.persistence;

import appraisal.domain.model.audit.AuditSeal;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.audit.SealedEvent;
import appraisal.domain.model.org.PersonId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/**
 * The rows of {@code audit_event} with their seals (migration V12): how an event is sealed as it
 * is appended (after the last event of its aggregate, by the domain's rule, {@link AuditSeal}),
 * read back for a check, and how the events stored before V12 were sealed.
 */
final class AuditRows {

    static final String COLUMNS = "seq, aggregate_type, aggregate_id, version, type, actor_id, occurred_at, before_fields, after_fields, "
            + "previous_seal, seal, seal_key";

    private static final String INSERT = """
            INSERT INTO audit_event (aggregate_type, aggregate_id, version, type, actor_id, occurred_at, before_fields, after_fields,
                                     previous_seal, seal, seal_key)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** The seal of one aggregate's last event (the index on aggregate and seq finds it without a sort). */
    private static final String LAST_SEAL = "SELECT seal FROM audit_event WHERE aggregate_type = ? AND aggregate_id = ? "
            + "ORDER BY seq DESC LIMIT 1";

    /** Several aggregates' last seals at once (a cascade appends for thousands), {@value #AT_ONCE} ids a query. */
    private static final int AT_ONCE = 100;
    private static final String LAST_SEALS = "SELECT aggregate_id, seal FROM audit_event WHERE seq IN (SELECT MAX(seq) FROM audit_event "
            + "WHERE aggregate_type = ? AND aggregate_id IN (" + "?, ".repeat(AT_ONCE - 1) + "?) GROUP BY aggregate_id)";

    /** Every event, aggregate by aggregate in the order appended: the order a check judges them in. */
    static final String EVERY_EVENT = "SELECT " + COLUMNS + " FROM audit_event ORDER BY aggregate_type, aggregate_id, seq";

    private final AuditSeal seal;
    private final JsonColumns json;

    AuditRows(AuditSeal seal, JsonColumns json) {
        this.seal = seal;
        this.json = json;
    }

    AuditSeal seal() {
        return seal;
    }

    /** Appends {@code events} in {@code h}'s transaction, each sealed after the last event of its aggregate. */
    void append(Handle h, List<DomainEvent> events) throws SQLException {
        Map<Aggregate, String> last = lastSeals(h, events);
        List<Sealed> rows = new ArrayList<>(events.size());
        for (DomainEvent e : events) {
            Aggregate aggregate = new Aggregate(e.aggregateType(), e.aggregateId());
            String previous = last.getOrDefault(aggregate, AuditSeal.START);
            AuditSeal.Seal s = seal.seal(previous, e);
            rows.add(new Sealed(e, previous, s));
            last.put(aggregate, s.value());
        }
        JdbcBatch.run(h, INSERT, rows, (ps, r) -> {
            DomainEvent e = r.event();
            ps.setString(1, e.aggregateType());
            ps.setString(2, e.aggregateId());
            ps.setLong(3, e.version());
            ps.setString(4, e.type());
            ps.setString(5, e.actor().value());
            ps.setString(6, Columns.instant(e.at()));
            ps.setString(7, json.fields(e.before()));
            ps.setString(8, json.fields(e.after()));
            ps.setString(9, r.previous());
            ps.setString(10, r.seal().value());
            ps.setString(11, r.seal().keyId());
        });
    }

    private record Aggregate(String type, String id) {
    }

    private record Sealed(DomainEvent event, String previous, AuditSeal.Seal seal) {
    }

    /** The last seal of each aggregate {@code events} belong to, as {@code h}'s transaction sees them. */
    private Map<Aggregate, String> lastSeals(Handle h, List<DomainEvent> events) {
        Map<String, Set<String>> idsByType = new LinkedHashMap<>();
        events.forEach(e -> idsByType.computeIfAbsent(e.aggregateType(), t -> new LinkedHashSet<>()).add(e.aggregateId()));
        Map<Aggregate, String> last = new HashMap<>();
        idsByType.forEach((type, ids) -> {
            if (ids.size() == 1) {
                String id = ids.iterator().next();
                JdbcRows.first(h, LAST_SEAL, List.of(type, id), rs -> rs.getString(1)).ifPresent(s -> last.put(new Aggregate(type, id), s));
                return;
            }
            List<String> all = new ArrayList<>(ids);
            for (int from = 0; from < all.size(); from += AT_ONCE) {
                List<Object> params = new ArrayList<>(AT_ONCE + 1);
                params.add(type);
                List<String> part = all.subList(from, Math.min(all.size(), from + AT_ONCE));
                params.addAll(part);
                while (params.size() < AT_ONCE + 1) {
                    params.add(part.get(0)); // one statement for every part: the last is filled up with an id it has
                }
                JdbcRows.list(h, LAST_SEALS, params, rs -> new String[] {rs.getString(1), rs.getString(2)})
                        .forEach(r -> last.put(new Aggregate(type, r[0]), r[1]));
            }
        });
        return last;
    }

    /** A stored row as it is: an event with its seal, or (if the row no longer reads as an event) its place and seal alone. */
    SealedEvent read(ResultSet rs) throws SQLException {
        long seq = rs.getLong(1);
        String type = Optional.ofNullable(rs.getString(2)).orElse("");
        String id = Optional.ofNullable(rs.getString(3)).orElse("");
        Optional<DomainEvent> event;
        try {
            String where = "audit event " + seq;
            event = Optional.of(new DomainEvent(type, id, rs.getLong(4), rs.getString(5), new PersonId(rs.getString(6)),
                    Columns.instant(rs.getString(7)), json.fields(rs.getString(8), where), json.fields(rs.getString(9), where)));
        } catch (RuntimeException unreadable) {
            // Whatever was done to the row, a check reports it as an event that does not match its seal.
            event = Optional.empty();
        }
        return new SealedEvent(seq, type, id, event, rs.getString(10), rs.getString(11), rs.getString(12));
    }

    /** Hands every event to {@code trail} in the order a check judges them, as {@code h}'s transaction sees them. */
    void walk(Handle h, Consumer<SealedEvent> trail) throws SQLException {
        try (JdbcRows<SealedEvent> rows = new JdbcRows<>(h, EVERY_EVENT, List.of(), this::read)) {
            for (SealedEvent e = rows.next(); e != null; e = rows.next()) {
                trail.accept(e);
            }
        }
    }

    /**
     * Seals the events stored before the trail was sealed (migration V12), in {@code c}'s transaction:
     * each aggregate's events in the order appended, each after the one before, with the store's
     * key. They are sealed as they are now: the seal vouches for the trail from this moment on.
     * Returns how many.
     */
    int sealStored(Connection c, Dialect dialect) throws SQLException {
        List<Object[]> updates = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.setFetchSize(2_000);
            try (ResultSet rs = s.executeQuery(EVERY_EVENT)) {
                String aggregate = null;
                String previous = AuditSeal.START;
                while (rs.next()) {
                    SealedEvent stored = read(rs);
                    DomainEvent e = stored.event().orElseThrow(() -> new StoreException("audit event " + stored.seq()
                            + " does not read as an event, so it cannot be sealed; the trail was damaged before it was sealed"));
                    String key = stored.aggregateType() + "\n" + stored.aggregateId();
                    if (!key.equals(aggregate)) {
                        aggregate = key;
                        previous = AuditSeal.START;
                    }
                    AuditSeal.Seal sealed = seal.seal(previous, e);
                    updates.add(new Object[] {previous, sealed.value(), sealed.keyId(), stored.seq()});
                    previous = sealed.value();
                }
            }
        }
        if (updates.isEmpty()) {
            return 0;
        }
        AuditTriggers triggers = AuditTriggers.lift(c, dialect);
        update(c, updates);
        triggers.restore(c);
        return updates.size();
    }

    /** Writes new seals: {previous, seal, key id, seq} each. */
    private static void update(Connection c, List<Object[]> updates) throws SQLException {
        if (updates.isEmpty()) {
            return;
        }
        try (PreparedStatement update = c.prepareStatement("UPDATE audit_event SET previous_seal = ?, seal = ?, seal_key = ? WHERE seq = ?")) {
            int n = 0;
            for (Object[] u : updates) {
                update.setString(1, (String) u[0]);
                update.setString(2, (String) u[1]);
                update.setString(3, (String) u[2]);
                update.setLong(4, (Long) u[3]);
                update.addBatch();
                if (++n % 1_000 == 0) {
                    update.executeBatch();
                }
            }
            update.executeBatch();
        }
    }

    /**
     * After a restore, in its transaction (the triggers lifted): seals again with this store's key
     * the events sealed with a key it does not hold — a backup of another store, or of this one
     * from before its key was lost — so that its trail verifies from now on. Only while each
     * aggregate's trail holds together as stored: from an event that does not follow one before it,
     * or that was sealed with a key held here and does not match, that aggregate is left as it is
     * for a check to report. Returns, per key not held, how many of its events were sealed again;
     * the restore records it, since the program vouches for them only from the restore on.
     */
    Map<String, Long> resealUnknown(Connection c) throws SQLException {
        Map<String, Long> resealed = new java.util.TreeMap<>();
        List<Object[]> updates = new ArrayList<>();
        try (Statement s = c.createStatement()) {
            s.setFetchSize(2_000);
            try (ResultSet rs = s.executeQuery(EVERY_EVENT)) {
                String aggregate = null;
                // The aggregate's seals as stored, and what each became.
                Map<String, String> renewed = new HashMap<>();
                boolean resealing = false;
                boolean stopped = false;
                while (rs.next()) {
                    SealedEvent e = read(rs);
                    String key = e.aggregateType() + "\n" + e.aggregateId();
                    if (!key.equals(aggregate)) {
                        aggregate = key;
                        renewed.clear();
                        resealing = false;
                        stopped = false;
                    }
                    if (stopped) {
                        continue;
                    }
                    AuditSeal.Verdict verdict = seal.verify(e);
                    if (!resealing && verdict != AuditSeal.Verdict.UNKNOWN_KEY) {
                        renewed.put(e.seal(), e.seal());
                        continue;
                    }
                    resealing = true;
                    String previous = e.previous().equals(AuditSeal.START) ? AuditSeal.START : renewed.get(e.previous());
                    boolean sealable = verdict == AuditSeal.Verdict.UNKNOWN_KEY || verdict == AuditSeal.Verdict.SOUND;
                    if (previous == null || !sealable || e.event().isEmpty() || renewed.containsKey(e.seal())) {
                        stopped = true;
                        continue;
                    }
                    AuditSeal.Seal sealed = seal.seal(previous, e.event().get());
                    updates.add(new Object[] {previous, sealed.value(), sealed.keyId(), e.seq()});
                    renewed.put(e.seal(), sealed.value());
                    if (verdict == AuditSeal.Verdict.UNKNOWN_KEY) {
                        resealed.merge(e.keyId(), 1L, Long::sum);
                    }
                }
            }
        }
        update(c, updates);
        return resealed;
    }
}
