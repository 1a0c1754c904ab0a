package appraisal.persistence;

import appraisal.domain.model.calendar.FiscalYear;
import appraisal.domain.model.round.Deadline;
import appraisal.domain.model.round.DeadlineKind;
import appraisal.domain.model.round.EvidenceQuota;
import appraisal.domain.model.round.ReviewPolicy;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.round.RoundSettings;
import appraisal.domain.port.out.RoundRepository;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Rounds in table {@code round} with the scoring scheme as JSON (written by the domain's
 * {@code RoundCodec}) and the settings as columns, and their deadlines as rows of
 * {@code round_deadline}, which the progress dashboard reads without parsing JSON.
 */
final class JdbiRoundRepository implements RoundRepository {

    /** One row of {@code round}. */
    record RoundRow(String id, int fiscalYear, int number, String scheme, String reviewPolicy, int evidenceMaxFiles,
                    long evidenceMaxBytes) {

        RoundSettings settings() {
            return new RoundSettings(ReviewPolicy.valueOf(reviewPolicy), new EvidenceQuota(evidenceMaxFiles, evidenceMaxBytes));
        }
    }

    /** One row of {@code round_deadline}. */
    record DeadlineRow(String roundId, int ordinal, String kind, String due, String label) {

        Deadline toDeadline() {
            return new Deadline(DeadlineKind.valueOf(kind), Columns.date(due), label);
        }
    }

    /**
     * The columns of a round and of a deadline by position, read with plain JDBC ({@link JdbcRows}):
     * every broadcast of a cascade checks its round, and Jdbi's per-query set-up cost more than the read.
     */
    private static final JdbcRows.RowReader<RoundRow> ROUND = rs ->
            new RoundRow(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getLong(7));
    private static final JdbcRows.RowReader<DeadlineRow> DEADLINE = rs -> new DeadlineRow(rs.getString(1),
            rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5));

    private final JdbiUnitOfWork transactions;
    private final JsonColumns json;

    JdbiRoundRepository(JdbiUnitOfWork transactions, JsonColumns json) {
        this.transactions = transactions;
        this.json = json;
    }

    @Override
    public void save(Round round) {
        RoundSettings settings = round.settings();
        RoundRow row = new RoundRow(round.id().value(), round.fiscalYear().buddhistEra(), round.number(), json.scheme(round.scheme()),
                settings.review().name(), settings.evidence().files(), settings.evidence().bytes());
        transactions.write(h -> {
            h.createUpdate("""
                            INSERT INTO round (id, fiscal_year, number, scheme, review_policy, evidence_max_files, evidence_max_bytes)
                            VALUES (:id, :fiscalYear, :number, :scheme, :reviewPolicy, :evidenceMaxFiles, :evidenceMaxBytes)
                            ON CONFLICT (id) DO UPDATE SET fiscal_year = excluded.fiscal_year, number = excluded.number,
                                scheme = excluded.scheme, review_policy = excluded.review_policy,
                                evidence_max_files = excluded.evidence_max_files, evidence_max_bytes = excluded.evidence_max_bytes""")
                    .bind("id", row.id()).bind("fiscalYear", row.fiscalYear()).bind("number", row.number()).bind("scheme", row.scheme())
                    .bind("reviewPolicy", row.reviewPolicy()).bind("evidenceMaxFiles", row.evidenceMaxFiles())
                    .bind("evidenceMaxBytes", row.evidenceMaxBytes())
                    .execute();
            h.createUpdate("DELETE FROM round_deadline WHERE round_id = :id").bind("id", row.id()).execute();
            if (!round.deadlines().isEmpty()) {
                PreparedBatch batch = h.prepareBatch(
                        "INSERT INTO round_deadline (round_id, ordinal, kind, due, label) VALUES (:roundId, :ordinal, :kind, :due, :label)");
                int ordinal = 0;
                for (Deadline d : round.deadlines()) {
                    batch.bind("roundId", row.id()).bind("ordinal", ordinal++).bind("kind", d.kind().name())
                            .bind("due", Columns.date(d.due())).bind("label", d.label()).add();
                }
                batch.execute();
            }
            return null;
        });
    }

    @Override
    public Optional<Round> find(RoundId id) {
        return transactions.read(h -> load(h, id.value())).stream().findFirst();
    }

    @Override
    public List<Round> all() {
        return transactions.read(h -> load(h, null));
    }

    /** One round by id, or every round (newest first) when {@code id} is null. */
    private List<Round> load(Handle h, String id) {
        List<String> params = id == null ? List.of() : List.of(id);
        List<RoundRow> rounds = JdbcRows.list(h, "SELECT id, fiscal_year, number, scheme, review_policy, evidence_max_files, "
                + "evidence_max_bytes FROM round "
                + (id == null ? "" : "WHERE id = ? ") + "ORDER BY fiscal_year DESC, number DESC, id", params, ROUND);
        List<DeadlineRow> deadlineRows = JdbcRows.list(h, "SELECT round_id, ordinal, kind, due, label FROM round_deadline "
                + (id == null ? "" : "WHERE round_id = ? ") + "ORDER BY round_id, ordinal", params, DEADLINE);
        Map<String, List<Deadline>> deadlines = new LinkedHashMap<>();
        for (DeadlineRow d : deadlineRows) {
            deadlines.computeIfAbsent(d.roundId(), k -> new ArrayList<>()).add(d.toDeadline());
        }
        List<Round> out = new ArrayList<>();
        for (RoundRow r : rounds) {
            out.add(new Round(new RoundId(r.id()), new FiscalYear(r.fiscalYear()), r.number(),
                    ImmutableList.copyOf(deadlines.getOrDefault(r.id(), List.of())),
                    json.scheme(r.scheme(), "round " + r.id() + " scheme"), r.settings()));
        }
        return out;
    }
}
