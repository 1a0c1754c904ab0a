package appraisal.persistence;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementSnapshot;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.persistence.AgreementRows.HeaderRow;
import appraisal.persistence.AgreementTables.Selection;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Agreements as the rows of the {@code agreement*}, {@code item*}, {@code fact}, {@code evidence}
 * and {@code competency_level} tables, saved whole with optimistic locking: the header row is
 * written only where its version is still the one the agreement was loaded with (in the UPDATE's
 * WHERE, so two concurrent saves cannot both pass), then the child rows are replaced. A stale
 * agreement anywhere in a {@link #saveAll} undoes the whole call.
 *
 * <p>An agreement found by id outside a use case (a server answering a read) is kept as its
 * immutable snapshot, and the next such find checks, in one statement, the stored version and the
 * count of agreement deletions (table {@code agreement_removal}, kept by a trigger, migration V7)
 * instead of reading the dozen tables again. Every save moves the version and the count only goes
 * up, so an unchanged pair means unchanged rows, whoever wrote the database. Finds inside a use
 * case always read the tables: they may see the use case's own writes, which may yet roll back.
 */
final class JdbiAgreementRepository implements AgreementRepository {

    /** How many agreements are kept (a kept one is some 5–10 KB of heap). */
    static final int KEPT = 2_000;

    private static final String PROBE = "SELECT a.version, r.counter FROM agreement a, agreement_removal r "
            + "WHERE a.id = ? AND r.slot = 1";
    private static final String REMOVALS = "SELECT counter FROM agreement_removal WHERE slot = 1";

    /** An agreement as last read, and the deletion count read before it. */
    private record Kept(AgreementSnapshot snapshot, long removals) {
    }

    /** What a find outside a use case sees first: the stored version and deletion count. */
    private record Stamp(long version, long removals) {
    }

    private final JdbiUnitOfWork transactions;
    private final AgreementMapping mapping;
    private final AgreementTables tables;
    private final Cache<String, Kept> kept = CacheBuilder.newBuilder().maximumSize(KEPT).build();

    /** {@code oneSnapshot}: whether the database's reads in a transaction see one snapshot (see {@link Dialect#readsOneSnapshot}). */
    JdbiAgreementRepository(JdbiUnitOfWork transactions, AgreementMapping mapping, boolean oneSnapshot) {
        this.transactions = transactions;
        this.mapping = mapping;
        this.tables = new AgreementTables(oneSnapshot);
    }

    /** The SQL behind this repository, for tests that count its statements. */
    AgreementTables tables() {
        return tables;
    }

    @Override
    public Optional<Agreement> find(AgreementId id) {
        if (transactions.inUseCase()) {
            return load(Selection.byId(id.value())).stream().findFirst();
        }
        Optional<Stamp> stamp = transactions.probe(PROBE, List.of(id.value()), row -> new Stamp(row.getLong(1), row.getLong(2)));
        if (stamp.isEmpty()) {
            return Optional.empty();
        }
        Kept known = kept.getIfPresent(id.value());
        if (known != null && known.snapshot().version() == stamp.get().version() && known.removals() == stamp.get().removals()) {
            return Optional.of(Agreement.restore(known.snapshot()));
        }
        return transactions.read(h -> {
            // The count before the rows: a deletion after it moves the count, so what is kept is checked again.
            long removals = h.createQuery(REMOVALS).mapTo(Long.class).one();
            List<AgreementSnapshot> found = tables.load(h, Selection.byId(id.value()), rows -> mapping.toSnapshot(rows, new SharedValues()));
            found.forEach(snapshot -> kept.put(id.value(), new Kept(snapshot, removals)));
            return found.stream().findFirst().map(Agreement::restore);
        });
    }

    @Override
    public void save(Agreement agreement) {
        saveAll(List.of(agreement));
    }

    @Override
    public void saveAll(List<Agreement> agreements) {
        if (agreements.isEmpty()) {
            return;
        }
        List<AgreementRows> rows = new ArrayList<>(agreements.size());
        for (Agreement agreement : agreements) {
            AgreementSnapshot snapshot = agreement.snapshot();
            rows.add(mapping.toRows(snapshot, snapshot.version() + 1));
        }
        transactions.write(h -> {
            write(h, rows);
            return null;
        });
        // Only once every row is written: a refused save leaves the agreements as they were loaded.
        for (int i = 0; i < agreements.size(); i++) {
            agreements.get(i).markSaved(rows.get(i).header().version());
        }
    }

    private void write(Handle h, List<AgreementRows> rows) {
        List<HeaderRow> inserts = new ArrayList<>();
        List<HeaderRow> updates = new ArrayList<>();
        for (AgreementRows r : rows) {
            (r.header().version() == 1 ? inserts : updates).add(r.header());
        }
        int[] inserted = inserts.isEmpty() ? new int[0] : tables.insertHeaders(h, inserts);
        int[] updated = updates.isEmpty() ? new int[0] : tables.updateHeaders(h, updates);
        refuseStale(h, inserts, inserted);
        refuseStale(h, updates, updated);
        tables.deleteChildren(h, updates.stream().map(HeaderRow::id).toList());
        tables.insertChildren(h, rows);
    }

    private void refuseStale(Handle h, List<HeaderRow> headers, int[] counts) {
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                HeaderRow header = headers.get(i);
                long yours = header.version() - 1;
                String stored = tables.storedVersion(h, header.id()).map(v -> "stored version " + v).orElse("not stored");
                throw DomainException.conflict("agreement.stale-version", "agreement " + header.id()
                        + " was changed by someone else (" + stored + ", yours " + yours + "); reload and try again");
            }
        }
    }

    @Override
    public List<Agreement> inRound(RoundId round) {
        return load(Selection.inRound(round.value()));
    }

    @Override
    public List<Agreement> ofAppraisee(RoundId round, PersonId appraisee) {
        return load(Selection.ofAppraisee(round.value(), appraisee.value()));
    }

    /** One load per 500 appraisees (SQLite allows a few thousand bound values in a statement; PostgreSQL more). */
    @Override
    public Map<PersonId, List<Agreement>> ofAppraisees(RoundId round, Collection<PersonId> appraisees) {
        List<String> ids = appraisees.stream().map(PersonId::value).distinct().toList();
        Map<PersonId, List<Agreement>> out = new LinkedHashMap<>();
        for (int from = 0; from < ids.size(); from += 500) {
            List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            List<String> params = new ArrayList<>(chunk.size() + 1);
            params.add(round.value());
            params.addAll(chunk);
            Selection selection = new Selection("a.round_id = ? AND a.appraisee_id IN (" + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                    + ")", List.copyOf(params));
            load(selection).forEach(a -> out.computeIfAbsent(a.appraisee(), p -> new ArrayList<>()).add(a));
        }
        return out;
    }

    @Override
    public List<Agreement> children(AgreementId parent) {
        return load(Selection.childrenOf(parent.value()));
    }

    /** Each agreement is restored as soon as its rows are read, so a round's load never holds all its rows at once. */
    private List<Agreement> load(Selection selection) {
        return transactions.read(h -> {
            SharedValues shared = new SharedValues();
            return tables.load(h, selection, rows -> Agreement.restore(mapping.toSnapshot(rows, shared)));
        });
    }
}
