package appraisal.domain.model.scoring;

import appraisal.domain.model.competency.Competency;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Scores competencies by the scheme's method. Gap method: each competency earns
 * {@code scheme.pointsForGap(expected − observed)} (3/2/1/0 by default) against the level expected
 * of the position. Rating method: each competency is rated 1–5 and earns its rating.
 */
public final class CompetencyScorer {

    private final ScoringScheme scheme;

    public CompetencyScorer(ScoringScheme scheme) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
    }

    /** The competencies assessed for a position level: the core five, plus management ones for D/M. */
    public static ImmutableList<Competency> applicable(PositionLevel level) {
        List<Competency> out = new ArrayList<>();
        for (Competency c : Competency.values()) {
            if (!c.management() || level.managerial()) {
                out.add(c);
            }
        }
        return ImmutableList.copyOf(out);
    }

    /** Scores observed levels (gap method) or ratings (rating method) keyed by competency. */
    public CompetencyScore score(PositionLevel position, Map<Competency, Integer> observed) {
        int points = 0;
        int max = 0;
        for (Competency c : applicable(position)) {
            Integer value = observed.get(c);
            if (value == null) {
                throw new DomainException(DomainException.Kind.REFUSED, "competency.missing",
                        "competency " + c.code() + " (" + c.thaiName() + ") has not been assessed", c.code());
            }
            if (value < 0 || value > 5) {
                throw DomainException.invalid("competency.out-of-range",
                        "competency " + c.code() + " must be assessed 0..5, got " + value, c.code());
            }
            if (scheme.competencyMethod() == CompetencyMethod.GAP) {
                int expected = expectedLevel(c, position);
                points += scheme.pointsForGap(expected - value);
                max += scheme.pointsForGap(0);
            } else {
                if (value < 1) {
                    throw DomainException.invalid("competency.out-of-range",
                            "a rating runs 1..5; competency " + c.code() + " was rated " + value, c.code());
                }
                points += value;
                max += 5;
            }
        }
        return new CompetencyScore(points, max);
    }

    public int expectedLevel(Competency c, PositionLevel position) {
        Integer expected = c.management() ? scheme.expectedManagementLevel().get(position) : scheme.expectedCoreLevel().get(position);
        if (expected == null) {
            throw DomainException.refused("scheme.expected-level-missing",
                    "the scheme sets no expected level of " + c.code() + " for position level " + position);
        }
        return expected;
    }
}
