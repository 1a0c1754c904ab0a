package appraisal.persistence;

import appraisal.persistence.AgreementRows.AdjustmentRow;
import appraisal.persistence.AgreementRows.CompetencyRow;
import appraisal.persistence.AgreementRows.EvidenceRow;
import appraisal.persistence.AgreementRows.HeaderRow;
import appraisal.persistence.AgreementRows.ItemEvaluationRow;
import appraisal.persistence.AgreementRows.ItemRow;
import appraisal.persistence.AgreementRows.ReopeningRow;
import appraisal.persistence.AgreementRows.ResultRow;
import appraisal.persistence.AgreementRows.RevisionRow;
import appraisal.persistence.AgreementRows.SignatureRow;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The SQL of the agreement tables: batched writes of many agreements' rows at once (a cascade is
 * a few statements per table, not one round trip per row) and loads of every agreement a
 * {@link Selection} picks with one query per table, read side by side agreement by agreement.
 */
final class AgreementTables {

    /**
     * Which agreements to load: a condition on table {@code agreement} (alias {@code a}) with
     * {@code ?} parameters, and their text values in order; and a condition the child tables'
     * queries add on their own key (alias {@code c}), with its values (empty for most selections).
     */
    record Selection(String where, List<String> params, String childWhere, List<String> childParams) {

        Selection(String where, List<String> params) {
            this(where, params, "", List.of());
        }

        static Selection byId(String id) {
            return new Selection("a.id = ?", List.of(id));
        }

        static Selection inRound(String round) {
            return new Selection("a.round_id = ?", List.of(round));
        }

        static Selection ofAppraisee(String round, String appraisee) {
            return new Selection("a.round_id = ? AND a.appraisee_id = ?", List.of(round, appraisee));
        }

        static Selection childrenOf(String parent) {
            return new Selection("a.parent_id = ?", List.of(parent));
        }

        /**
         * The agreements of this selection whose id is from {@code from} (inclusive; null: from the
         * first) until {@code until} (exclusive; null: to the last). The child tables' queries are
         * bounded by the same range on their key too, so that each part of a load walks only its
         * own stretch of every table rather than the whole table.
         */
        Selection between(String from, String until) {
            StringBuilder range = new StringBuilder();
            StringBuilder childRange = new StringBuilder();
            List<String> bounds = new ArrayList<>();
            if (from != null) {
                range.append(" AND a.id >= ?");
                childRange.append(" AND c.agreement_id >= ?");
                bounds.add(from);
            }
            if (until != null) {
                range.append(" AND a.id < ?");
                childRange.append(" AND c.agreement_id < ?");
                bounds.add(until);
            }
            List<String> all = new ArrayList<>(params);
            all.addAll(bounds);
            return new Selection(where + range, List.copyOf(all), childWhere + childRange,
                    List.copyOf(concat(childParams, bounds)));
        }

        /** The values of a child table's query: those of the agreements' condition, then those of its own. */
        List<String> childQueryParams() {
            return childParams.isEmpty() ? params : concat(params, childParams);
        }

        private static List<String> concat(List<String> a, List<String> b) {
            List<String> all = new ArrayList<>(a);
            all.addAll(b);
            return all;
        }
    }

    /** Child tables whose rows a save replaces; adjustments and evidence go with their items and results (ON DELETE CASCADE). */
    private static final List<String> REPLACED_TABLES = List.of(ItemRow.TABLE.name(), SignatureRow.TABLE.name(), RevisionRow.TABLE.name(),
            ResultRow.TABLE.name(), ItemEvaluationRow.TABLE.name(), CompetencyRow.TABLE.name(), ReopeningRow.TABLE.name());

    private final LongAdder batchesExecuted = new LongAdder();
    private final boolean oneSnapshot;

    /** {@code oneSnapshot}: the database's reads in a transaction see one snapshot, so a load needs no re-check of versions. */
    AgreementTables(boolean oneSnapshot) {
        this.oneSnapshot = oneSnapshot;
    }

    // ---------------------------------------------------------------- writing

    /** Inserts new agreements' headers unless the id is taken; per row, 1 if inserted, 0 if the id was taken. */
    int[] insertHeaders(Handle h, List<HeaderRow> headers) {
        return batch(h, HeaderRow.TABLE.insertSql() + " ON CONFLICT (id) DO NOTHING", headers, HeaderRow.TABLE::bind, headers.size());
    }

    /** Updates stored headers whose version is still {@code row.version() - 1}; per row, 1 if updated, 0 if stale. */
    int[] updateHeaders(Handle h, List<HeaderRow> headers) {
        return batch(h, HeaderRow.TABLE.updateSql("id = ? AND version = ?"), headers, (ps, r) -> {
            int next = HeaderRow.TABLE.bindAfterKey(ps, r);
            ps.setString(next, r.id());
            ps.setLong(next + 1, r.version() - 1);
        }, headers.size());
    }

    /** The stored version of an agreement, if it is stored. */
    Optional<Long> storedVersion(Handle h, String id) {
        return h.createQuery("SELECT version FROM agreement WHERE id = :id").bind("id", id).mapTo(Long.class).findOne();
    }

    /** Deletes every child row of these agreements, before their current rows are inserted again. */
    void deleteChildren(Handle h, List<String> ids) {
        if (ids.isEmpty()) {
            return;
        }
        for (String table : REPLACED_TABLES) {
            PreparedBatch batch = h.prepareBatch("DELETE FROM " + table + " WHERE agreement_id = :id");
            ids.forEach(id -> batch.bind("id", id).add());
            batch.execute();
        }
    }

    /**
     * Inserts the child rows of these agreements, one batch per table, in the order of
     * {@link #CHILD_TABLES} (a row's parent first). Bound with plain JDBC setters on the handle's
     * connection (same transaction): Jdbi's named binding resolves an argument and builds a binding
     * per value, which costs more than SQLite's insert of the row (docs/persistence.md,
     * "Benchmark"), and these rows are the bulk of a save.
     */
    void insertChildren(Handle h, List<AgreementRows> agreements) {
        for (ChildTable<?> table : CHILD_TABLES) {
            insert(h, agreements, table);
        }
    }

    private <R> void insert(Handle h, List<AgreementRows> agreements, ChildTable<R> table) {
        List<R> rows = new ArrayList<>();
        agreements.forEach(a -> rows.addAll(table.rowsOf().apply(a)));
        if (!rows.isEmpty()) {
            batch(h, table.table().insertSql(), rows, table.table()::bind, agreements.size());
        }
    }

    private <R> int[] batch(Handle h, String sql, List<R> rows, JdbcBatch.RowBinder<R> binder, int agreements) {
        try {
            int[] counts = JdbcBatch.run(h, sql, rows, binder);
            batchesExecuted.increment();
            return counts;
        } catch (SQLException e) {
            throw new StoreException("could not write the rows of " + agreements + " agreement(s): " + e.getMessage(), e);
        }
    }

    /** Batches of rows executed with plain JDBC (which Jdbi's SQL logger does not see), for tests that count statements. */
    long batchesExecuted() {
        return batchesExecuted.sum();
    }

    // ---------------------------------------------------------------- reading

    private static final String HEADER_SELECT = "SELECT " + HeaderRow.TABLE.columnList("a") + " FROM agreement a";

    /**
     * One child table as a save writes it and a load reads it: its declaration, the agreement of a
     * row, an agreement's rows of it, and the order of an agreement's rows (what the mapping
     * expects; sorted in Java, agreement by agreement, so the database only has to walk its
     * primary key).
     */
    private record ChildTable<R>(Table<R> table, Function<R, String> agreementOf, Function<AgreementRows, List<R>> rowsOf,
                                 Function<Collected, List<R>> listOf, Comparator<R> order) {

        String sql(Selection selection) {
            // Ordered by agreement only: every child table's primary key starts with agreement_id, so no sort is needed.
            return "SELECT " + table.columnList("c") + " FROM " + table.name() + " c WHERE c.agreement_id IN (SELECT a.id FROM agreement a WHERE "
                    + selection.where() + ")" + selection.childWhere() + " ORDER BY c.agreement_id";
        }
    }

    /** The child tables in the order a save inserts them: a row's parent (an item, a result) before it. */
    private static final List<ChildTable<?>> CHILD_TABLES = List.of(
            new ChildTable<>(ItemRow.TABLE, ItemRow::agreementId, AgreementRows::items, c -> c.items,
                    Comparator.comparingInt(ItemRow::revision).thenComparingInt(ItemRow::ordinal)),
            new ChildTable<>(AdjustmentRow.TABLE, AdjustmentRow::agreementId, AgreementRows::adjustments, c -> c.adjustments,
                    Comparator.comparingInt(AdjustmentRow::revision).thenComparing(AdjustmentRow::itemId)
                            .thenComparingInt(AdjustmentRow::level)),
            new ChildTable<>(SignatureRow.TABLE, SignatureRow::agreementId, AgreementRows::signatures, c -> c.signatures,
                    Comparator.comparingInt(SignatureRow::revision).thenComparingInt(SignatureRow::ordinal)),
            new ChildTable<>(RevisionRow.TABLE, RevisionRow::agreementId, AgreementRows::revisions, c -> c.revisions,
                    Comparator.comparingInt(RevisionRow::revision)),
            new ChildTable<>(ResultRow.TABLE, ResultRow::agreementId, AgreementRows::results, c -> c.results,
                    Comparator.comparingInt(ResultRow::ordinal)),
            new ChildTable<>(EvidenceRow.TABLE, EvidenceRow::agreementId, AgreementRows::evidence, c -> c.evidence,
                    Comparator.comparing(EvidenceRow::itemId).thenComparingInt(EvidenceRow::ordinal)),
            new ChildTable<>(ItemEvaluationRow.TABLE, ItemEvaluationRow::agreementId, AgreementRows::itemEvaluations, c -> c.itemEvaluations,
                    Comparator.comparingInt(ItemEvaluationRow::ordinal)),
            new ChildTable<>(CompetencyRow.TABLE, CompetencyRow::agreementId, AgreementRows::competencies, c -> c.competencies,
                    Comparator.comparingInt(CompetencyRow::ordinal)),
            new ChildTable<>(ReopeningRow.TABLE, ReopeningRow::agreementId, AgreementRows::reopenings, c -> c.reopenings,
                    Comparator.comparingInt(ReopeningRow::ordinal)));

    /** The rows of one agreement while a load collects them. */
    private static final class Collected {
        final HeaderRow header;
        final List<ItemRow> items = new ArrayList<>();
        final List<AdjustmentRow> adjustments = new ArrayList<>();
        final List<SignatureRow> signatures = new ArrayList<>();
        final List<RevisionRow> revisions = new ArrayList<>();
        final List<ResultRow> results = new ArrayList<>();
        final List<EvidenceRow> evidence = new ArrayList<>();
        final List<ItemEvaluationRow> itemEvaluations = new ArrayList<>();
        final List<CompetencyRow> competencies = new ArrayList<>();
        final List<ReopeningRow> reopenings = new ArrayList<>();

        Collected(HeaderRow header) {
            this.header = header;
        }

        AgreementRows rows() {
            return new AgreementRows(header, items, adjustments, signatures, revisions, results, evidence, itemEvaluations,
                    competencies, reopenings);
        }
    }

    /**
     * One child table's rows as a load walks them, agreement by agreement: the rows of the
     * agreement at {@code position} in the load are taken, the first row of a later agreement is
     * kept for its turn, and rows of agreements the load does not include (saved after the
     * header query) are passed over.
     */
    private static final class Cursor<R> implements AutoCloseable {
        private final ChildTable<R> table;
        private final JdbcRows<R> rows;
        private final Map<String, Integer> positions;
        private R ahead;
        private int aheadAt = -1;

        Cursor(Handle h, Selection selection, ChildTable<R> table, Map<String, Integer> positions) throws SQLException {
            this.table = table;
            this.rows = new JdbcRows<>(h, table.sql(selection), selection.childQueryParams(), table.table().reader());
            this.positions = positions;
        }

        void collectInto(Collected agreement, int position) throws SQLException {
            List<R> into = table.listOf().apply(agreement);
            while (true) {
                if (ahead == null) {
                    R row = rows.next();
                    if (row == null) {
                        break;
                    }
                    String of = table.agreementOf().apply(row);
                    // Most rows belong to the agreement being collected: an equals is cheaper than hashing the fresh id.
                    Integer at = of.equals(agreement.header.id()) ? Integer.valueOf(position) : positions.get(of);
                    if (at == null) {
                        continue;
                    }
                    if (at < position) {
                        throw new StoreException("rows of table " + table.table().name() + " came out of agreement order (agreement "
                                + of + "); the database's ordering of ids differs from the store's");
                    }
                    ahead = row;
                    aheadAt = at;
                }
                if (aheadAt != position) {
                    break;
                }
                into.add(ahead);
                ahead = null;
            }
            if (into.size() > 1) {
                into.sort(table.order());
            }
        }

        @Override
        public void close() {
            rows.close();
        }
    }

    /**
     * Every agreement the selection picks, ordered by id, each with all its rows, turned into
     * {@code T} one agreement at a time, so a load holds one agreement's rows rather than every
     * row of the selection (a round's load is the bulk of the store). One query per table, read side by side
     * in agreement order. Under READ COMMITTED (PostgreSQL) each query sees the latest commit, so
     * the headers' versions are checked again at the end and the load repeated if a save came in
     * between; SQLite's queries all read one snapshot, so there it is not needed.
     */
    <T> List<T> load(Handle h, Selection selection, Function<AgreementRows, T> assemble) {
        return load(h, selection, assemble, oneSnapshot);
    }

    /**
     * {@link #load(Handle, Selection, Function)} in a transaction the caller knows reads one snapshot
     * ({@code snapshot}: SQLite, or PostgreSQL at REPEATABLE READ), so the versions need no check.
     */
    <T> List<T> load(Handle h, Selection selection, Function<AgreementRows, T> assemble, boolean snapshot) {
        try {
            for (int attempt = 1; attempt <= 5; attempt++) {
                List<HeaderRow> headers = new ArrayList<>();
                try (JdbcRows<HeaderRow> rows = new JdbcRows<>(h, HEADER_SELECT + " WHERE " + selection.where() + " ORDER BY a.id",
                        selection.params(), HeaderRow.TABLE.reader())) {
                    for (HeaderRow header = rows.next(); header != null; header = rows.next()) {
                        headers.add(header);
                    }
                }
                if (headers.isEmpty()) {
                    return List.of();
                }
                Map<String, Integer> positions = new HashMap<>();
                for (int i = 0; i < headers.size(); i++) {
                    positions.put(headers.get(i).id(), i);
                }
                List<T> out = new ArrayList<>(headers.size());
                List<Cursor<?>> cursors = new ArrayList<>();
                try {
                    for (ChildTable<?> table : CHILD_TABLES) {
                        cursors.add(new Cursor<>(h, selection, table, positions));
                    }
                    for (int i = 0; i < headers.size(); i++) {
                        Collected agreement = new Collected(headers.get(i));
                        for (Cursor<?> cursor : cursors) {
                            cursor.collectInto(agreement, i);
                        }
                        out.add(assemble.apply(agreement.rows()));
                    }
                } finally {
                    cursors.forEach(Cursor::close);
                }
                if (snapshot || unchangedSince(h, selection, headers)) {
                    return out;
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not read agreements (" + selection.where() + "): " + e.getMessage(), e);
        }
        throw new StoreException("agreements kept changing while being read; try again");
    }

    /** The ids of the agreements the selection picks, in the order a load gives them. */
    List<String> ids(Handle h, Selection selection) {
        List<String> ids = new ArrayList<>();
        try (JdbcRows<String> rows = new JdbcRows<>(h, "SELECT a.id FROM agreement a WHERE " + selection.where() + " ORDER BY a.id",
                selection.params(), rs -> Columns.text(rs, 1))) {
            for (String id = rows.next(); id != null; id = rows.next()) {
                ids.add(id);
            }
        } catch (SQLException e) {
            throw new StoreException("could not read agreement ids (" + selection.where() + "): " + e.getMessage(), e);
        }
        return ids;
    }

    private static boolean unchangedSince(Handle h, Selection selection, List<HeaderRow> headers) throws SQLException {
        Map<String, Long> now = new HashMap<>();
        try (JdbcRows<Map.Entry<String, Long>> rows = new JdbcRows<>(h, "SELECT a.id, a.version FROM agreement a WHERE " + selection.where(),
                selection.params(), rs -> Map.entry(Columns.text(rs, 1), rs.getLong(2)))) {
            for (Map.Entry<String, Long> e = rows.next(); e != null; e = rows.next()) {
                now.put(e.getKey(), e.getValue());
            }
        }
        for (HeaderRow header : headers) {
            Long version = now.get(header.id());
            if (version == null || version != header.version()) {
                return false;
            }
        }
        return true;
    }
}
