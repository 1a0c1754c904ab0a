package appraisal.persistence;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementSnapshot;
import appraisal.domain.model.agreement.OneAgreementPerRound;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.store.StoreEpoch;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.persistence.AgreementRows.HeaderRow;
import appraisal.persistence.AgreementTables.Selection;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.ArrayList;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
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
 * count of agreement deletions ({@code change_counter}'s {@code 'agreement_removal'}, kept by a trigger, migration V7)
 * instead of reading the dozen tables again. Every save moves the version and the count only goes
 * up, so an unchanged pair means unchanged rows, whoever wrote the database. Finds inside a use
 * case always read the tables: they may see the use case's own writes, which may yet roll back.
 *
 * <p>A big round is loaded in parts, side by side, each on its own connection and thread, all
 * reading one snapshot ({@link JdbiUnitOfWork#readInParts}; see {@link LoadInParts}): loading is
 * mostly the database handing out rows and the domain restoring them, work that a second core
 * halves. The answer is the same list a load on one connection gives.
 */
final class JdbiAgreementRepository implements AgreementRepository {

    /** Most agreements a transaction remembers; past it, it forgets them all and starts again (memory stays bounded). */
    private static final int MOST_REMEMBERED = 20_000;

    /** How many agreements are kept (a kept one is some 5–10 KB of heap). */
    static final int KEPT = 2_000;

    private static final String PROBE = "SELECT a.version, r.counter FROM agreement a, change_counter r "
            + "WHERE a.id = ? AND r.name = 'agreement_removal'";
    /** The unique index of one agreement per person per round (V10). */
    private static final String ONE_PER_ROUND_INDEX = "agreement_one_per_round";

    private static final String REMOVALS = "SELECT counter FROM change_counter WHERE name = 'agreement_removal'";

    /**
     * The lock a save of the header row takes anyway, taken at the start instead: another save of
     * the agreement waits for this transaction. Not FOR UPDATE, which would also hold up the
     * foreign-key checks of items that refer to this agreement's items.
     */
    private static final String HOLD = "SELECT 1 FROM agreement WHERE id = ? FOR NO KEY UPDATE";

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
    private final LoadInParts inParts;
    private final LongAdder partsLoaded = new LongAdder();

    /**
     * {@code oneSnapshot}: whether the database's reads in a transaction see one snapshot (see
     * {@link Dialect#readsOneSnapshot}); {@code inParts}: when a round's load is split.
     */
    JdbiAgreementRepository(JdbiUnitOfWork transactions, AgreementMapping mapping, boolean oneSnapshot, LoadInParts inParts) {
        this.transactions = transactions;
        this.mapping = mapping;
        this.tables = new AgreementTables(oneSnapshot);
        this.inParts = inParts;
    }

    /** The SQL behind this repository, for tests that count its statements. */
    AgreementTables tables() {
        return tables;
    }

    /** How many parts loads in parts have read so far, for tests that check a round was read in parts. */
    long partsLoaded() {
        return partsLoaded.sum();
    }

    @Override
    public Optional<Agreement> find(AgreementId id) {
        if (transactions.inUnitOfWork()) {
            Map<Object, Object> remembered = transactions.remembered();
            if (remembered != null && remembered.get(new Written(id.value())) instanceof Saved saved) {
                // Written earlier in this transaction and not rolled back: what a load would read back (the contract's
                // save-then-find equality), without reading it.
                Agreement agreement = Agreement.restore(saved.snapshot());
                agreement.markSaved(saved.version());
                return Optional.of(agreement);
            }
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

    /**
     * On PostgreSQL, inside a use case, the agreement's row is locked before it is read: a change
     * at whatever version is current then reads the version it saves over, and a concurrent change
     * of the same agreement waits for this one's commit and reads its result (READ COMMITTED reads
     * each statement afresh). SQLite's writer holds the whole file already.
     */
    @Override
    public Optional<Agreement> findForChange(AgreementId id) {
        if (transactions.inUnitOfWork() && transactions.writersOverlap()) {
            transactions.read(h -> h.createQuery(HOLD).bind(0, id.value()).mapTo(Integer.class).findOne());
        }
        return find(id);
    }

    /**
     * The key under which a transaction remembers what it wrote for an agreement, so that a
     * later {@link #find} in it (a cascade derives from the head's agreement its broadcast has just
     * drafted) restores it instead of reading it back from the database.
     */
    private record Written(String id) {
    }

    /** What a transaction remembers of an agreement it wrote: the state saved (immutable) and the version written. */
    private record Saved(AgreementSnapshot snapshot, long version) {
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
        List<AgreementSnapshot> snapshots = new ArrayList<>(agreements.size());
        for (Agreement agreement : agreements) {
            AgreementSnapshot snapshot = agreement.snapshot();
            snapshots.add(snapshot);
            rows.add(mapping.toRows(snapshot, snapshot.version() + 1));
        }
        try {
            transactions.write(h -> {
                write(h, rows);
                return null;
            });
        } catch (RuntimeException e) {
            if (onePerRoundViolated(e)) {
                // Rolled back by now (the call's savepoint or its own transaction), so the store can be asked whose it is.
                throw secondAgreement(agreements);
            }
            throw e;
        }
        Map<Object, Object> remembered = transactions.remembered();
        if (remembered != null) {
            if (remembered.size() + rows.size() > MOST_REMEMBERED) {
                remembered.clear();
            }
            for (int i = 0; i < rows.size(); i++) {
                remembered.put(new Written(rows.get(i).header().id()), new Saved(snapshots.get(i), rows.get(i).header().version()));
            }
        }
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

    /** Whether a write failed on the index of one agreement per person per round (V10), on either database. */
    private static boolean onePerRoundViolated(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    String message = String.valueOf(e.getMessage());
                    // PostgreSQL names the index; SQLite names its columns.
                    if (message.contains(ONE_PER_ROUND_INDEX) || message.contains("agreement.round_id, agreement.appraisee_id")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The refusal of the first new agreement whose appraisee has one in its round: stored, or earlier in the same call. */
    private DomainException secondAgreement(List<Agreement> agreements) {
        Map<List<String>, Agreement> earlier = new LinkedHashMap<>();
        for (Agreement a : agreements) {
            if (a.version() != 0) {
                continue;
            }
            List<String> key = List.of(a.round().value(), a.appraisee().value());
            List<Agreement> stored = ofAppraisee(a.round(), a.appraisee());
            Agreement theirs = stored.isEmpty() ? earlier.get(key) : stored.get(0);
            if (theirs != null) {
                return OneAgreementPerRound.alreadyExists(a.round(), a.appraisee(), theirs);
            }
            earlier.put(key, a);
        }
        throw new StoreException("the index of one agreement per person per round refused a save, but no new agreement in it "
                + "has a person with another one in its round");
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
        return mapInRound(round, agreement -> agreement);
    }

    /** Each part's agreements are handed to {@code work} as they are restored, on the part's own thread. */
    @Override
    public <T> List<T> mapInRound(RoundId round, Function<Agreement, T> work) {
        Selection all = Selection.inRound(round.value());
        // Inside a use case the load must see its transaction's own writes: on its handle, in one part.
        if (inParts.parts() < 2 || transactions.inUnitOfWork() || !inParts.worthSplitting(count(all))) {
            return transactions.read(h -> tables.load(h, all, restorer().andThen(work)));
        }
        List<List<T>> parts = transactions.readInParts(inParts.parts(),
                h -> inParts.split(all, tables.ids(h, all)),
                (h, part) -> {
                    partsLoaded.increment();
                    return tables.load(h, part, restorer().andThen(work), true);
                });
        List<T> out = new ArrayList<>(parts.stream().mapToInt(List::size).sum());
        parts.forEach(out::addAll);
        return out;
    }

    @Override
    public Set<IndicatorRef> indicatorsInRound(RoundId round) {
        return new LinkedHashSet<>(transactions.read(h -> JdbcRows.list(h, "SELECT DISTINCT i.indicator_code, i.indicator_version "
                + "FROM agreement_item i JOIN agreement a ON a.id = i.agreement_id WHERE a.round_id = ? ORDER BY 1, 2",
                List.of(round.value()), rs -> new IndicatorRef(Columns.text(rs, 1), rs.getInt(2)))));
    }

    /** How many agreements a selection picks now: only to decide whether splitting is worth it (it may change before the load). */
    private int count(Selection selection) {
        return transactions.read(h -> JdbcRows.first(h, "SELECT count(*) FROM agreement a WHERE " + selection.where(),
                selection.params(), rs -> rs.getInt(1)).orElse(0));
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
            String in = String.join(", ", Collections.nCopies(chunk.size(), "?"));
            // Whether any of them has one, from the index alone, before the load: a cascade asks about people who have
            // none yet, and the load's header query (eighteen columns, sorted) cost several times this even when it
            // found nothing. When some have one, the load reads every one of the chunk again, so what it returns is
            // one snapshot whatever was saved in between.
            if (transactions.read(h -> JdbcRows.first(h, "SELECT 1 FROM agreement WHERE round_id = ? AND appraisee_id IN (" + in
                    + ") LIMIT 1", params, rs -> Boolean.TRUE)).isEmpty()) {
                continue;
            }
            Selection selection = new Selection("a.round_id = ? AND a.appraisee_id IN (" + in + ")", List.copyOf(params));
            load(selection).forEach(a -> out.computeIfAbsent(a.appraisee(), p -> new ArrayList<>()).add(a));
        }
        return out;
    }

    @Override
    public List<Agreement> children(AgreementId parent) {
        return load(Selection.childrenOf(parent.value()));
    }

    /**
     * Deletes the header if its version is unchanged (the child rows go with it: their foreign keys
     * cascade; the V7 trigger counts the deletion, so servers forget a kept copy). If the row held
     * its person and round's {@code duplicate_key} '' (V10), a remaining duplicate takes it, so the
     * index keeps covering them.
     */
    @Override
    public void remove(Agreement agreement) {
        String id = agreement.id().value();
        transactions.write(h -> {
            int deleted = h.execute("DELETE FROM agreement WHERE id = ? AND version = ?", id, agreement.version());
            if (deleted == 0) {
                Optional<Long> stored = tables.storedVersion(h, id);
                if (stored.isEmpty()) {
                    throw DomainException.notFound("agreement.not-found", "agreement " + id + " does not exist");
                }
                throw DomainException.conflict("agreement.stale-version", "agreement " + id + " was changed by someone else (stored "
                        + "version " + stored.get() + ", yours " + agreement.version() + "); reload and try again");
            }
            String round = agreement.round().value();
            String appraisee = agreement.appraisee().value();
            h.execute("UPDATE agreement SET duplicate_key = '' WHERE id = (SELECT MIN(id) FROM agreement WHERE round_id = ? "
                    + "AND appraisee_id = ?) AND NOT EXISTS (SELECT 1 FROM agreement WHERE round_id = ? AND appraisee_id = ? "
                    + "AND duplicate_key = '')", round, appraisee, round, appraisee);
            return null;
        });
        kept.invalidate(id);
        Map<Object, Object> remembered = transactions.remembered();
        if (remembered != null) {
            remembered.remove(new Written(id));
        }
    }

    /** Each agreement is restored as soon as its rows are read, so a round's load never holds all its rows at once. */
    private List<Agreement> load(Selection selection) {
        return transactions.read(h -> tables.load(h, selection, restorer()));
    }

    /** Restores agreements from their rows, sharing equal values among them (one per load or part: not shared between threads). */
    private Function<AgreementRows, Agreement> restorer() {
        SharedValues shared = new SharedValues();
        return rows -> Agreement.restore(mapping.toSnapshot(rows, shared));
    }

    /**
     * A probe of {@code store_epoch}. Inside a use case on PostgreSQL it first takes the lock that
     * holds off a restore until the use case ends ({@link StoreEpochRow#HOLD_OFF_RESTORES}): under
     * READ COMMITTED a restore could otherwise commit between this read and the save, whose version
     * check would then pass on the restored row. On SQLite the use case holds the write lock already.
     */
    @Override
    public StoreEpoch epoch() {
        if (transactions.inUnitOfWork() && transactions.dialect() == Dialect.POSTGRESQL) {
            transactions.writeStatement(h -> h.execute(StoreEpochRow.HOLD_OFF_RESTORES));
        }
        return transactions.probe(StoreEpochRow.SELECT, List.of(), row -> new StoreEpoch(row.getString(1)))
                .orElseThrow(() -> new StoreException("the store has no row in store_epoch (migration V12); restore it from a backup"));
    }
}
