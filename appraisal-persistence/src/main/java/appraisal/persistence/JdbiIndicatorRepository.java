package appraisal.persistence;

import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.IndicatorRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Indicator versions in table {@code indicator_version}: each version as the JSON the domain's
 * {@code RubricCodec} writes, with code, version and title beside it for queries. Versions are
 * only ever inserted; a second save of a stored ref is accepted only with equal content.
 */
final class JdbiIndicatorRepository implements IndicatorRepository {

    /** One row of {@code indicator_version}. */
    record IndicatorRow(String code, int version, String title, String content) {
    }

    private static final RowMapper<IndicatorRow> ROW = (rs, ctx) ->
            new IndicatorRow(rs.getString("code"), rs.getInt("version"), rs.getString("title"), rs.getString("content"));

    private static final String SELECT = "SELECT i.code, i.version, i.title, i.content FROM indicator_version i ";

    private final JdbiUnitOfWork transactions;
    private final JsonColumns json;
    private final Map<IndicatorRef, Indicator> parsed = new ConcurrentHashMap<>();

    JdbiIndicatorRepository(JdbiUnitOfWork transactions, JsonColumns json) {
        this.transactions = transactions;
        this.json = json;
    }

    @Override
    public void save(Indicator indicator) {
        IndicatorRow row = new IndicatorRow(indicator.ref().code(), indicator.ref().version(), indicator.title(), json.indicator(indicator));
        transactions.write(h -> {
            // Insert-or-nothing is atomic, so two instances saving the same version at once cannot both "win".
            int inserted = h.createUpdate("""
                            INSERT INTO indicator_version (code, version, title, content) VALUES (:code, :version, :title, :content)
                            ON CONFLICT (code, version) DO NOTHING""")
                    .bind("code", row.code()).bind("version", row.version()).bind("title", row.title()).bind("content", row.content())
                    .execute();
            if (inserted == 0) {
                IndicatorRow stored = h.createQuery(SELECT + "WHERE i.code = :code AND i.version = :version")
                        .bind("code", row.code()).bind("version", row.version()).map(ROW).one();
                if (!stored.content().equals(row.content()) && !toIndicator(stored).equals(indicator)) {
                    throw DomainException.refused("indicator.version-exists",
                            indicator.ref() + " is already stored with other content; save the change as a new version");
                }
            }
            return null;
        });
    }

    @Override
    public Optional<Indicator> find(IndicatorRef ref) {
        return transactions.read(h -> JdbcRows.first(h, "SELECT i.version FROM indicator_version i WHERE i.code = ? AND i.version = ?",
                List.of(ref.code(), ref.version()), rs -> rs.getInt(1)).map(v -> stored(h, ref)));
    }

    @Override
    public Optional<Indicator> latest(String code) {
        return transactions.read(h -> JdbcRows.first(h, "SELECT i.version FROM indicator_version i WHERE i.code = ? "
                + "ORDER BY i.version DESC LIMIT 1", List.of(code), rs -> rs.getInt(1)).map(v -> stored(h, new IndicatorRef(code, v))));
    }

    /**
     * A stored version: parsed once (see {@link #toIndicator}), so only its number is read when it is known — a cascade
     * asks for the same few indicators thousands of times, and their text is most of what a read of the row costs.
     */
    private Indicator stored(Handle h, IndicatorRef ref) {
        Indicator known = parsed.get(ref);
        if (known != null) {
            return known;
        }
        return toIndicator(h.createQuery(SELECT + "WHERE i.code = :code AND i.version = :version")
                .bind("code", ref.code()).bind("version", ref.version()).map(ROW).one());
    }

    @Override
    public List<Indicator> allLatest() {
        return transactions.read(h -> h.createQuery(SELECT + """
                        WHERE i.version = (SELECT MAX(v.version) FROM indicator_version v WHERE v.code = i.code)
                        ORDER BY i.code""").map(ROW).list())
                .stream().map(this::toIndicator).toList();
    }

    private Indicator toIndicator(IndicatorRow row) {
        // A version is never updated (see save), so one parse per version serves every later read: a cascade or a
        // round's scores read the same dozen versions thousands of times.
        return parsed.computeIfAbsent(new IndicatorRef(row.code(), row.version()),
                ref -> json.indicator(row.content(), "indicator " + row.code() + "@v" + row.version()));
    }
}
