package appraisal.domain.model.scoring;

import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every number that turns results into a rating, owned by a round: the floor of an indicator's
 * score (0 or 1), the composition of the final score (normal and on probation), rating bands,
 * the competency method with its gap points and expected levels, and where rounding happens.
 *
 * <p>Rounding ({@link #rounding()}, half-up by default) happens at exactly these points, as the
 * printed form does: an interpolated indicator score at {@link #scoreScale()} places (4); the
 * achievement, the competency score and each weighted part of the final score at
 * {@link #resultScale()} places (2). The final score is the sum of its rounded parts; nothing
 * else is rounded.
 */
public record ScoringScheme(
        BigDecimal levelFloor,
        Weights weights,
        Weights probationWeights,
        ImmutableList<RatingBand> bands,
        CompetencyMethod competencyMethod,
        ImmutableList<Integer> gapPoints,
        ImmutableMap<PositionLevel, Integer> expectedCoreLevel,
        ImmutableMap<PositionLevel, Integer> expectedManagementLevel,
        int scoreScale,
        int resultScale,
        RoundingMode rounding) {

    public ScoringScheme {
        Require.present(levelFloor, "levelFloor");
        Require.that(levelFloor.compareTo(BigDecimal.ZERO) == 0 || levelFloor.compareTo(BigDecimal.ONE) == 0,
                "scheme.bad-floor", "the score floor is 0 or 1, got " + levelFloor.toPlainString(), "levelFloor");
        Require.present(weights, "weights");
        Require.present(probationWeights, "probationWeights");
        Require.nonEmpty(bands, "bands");
        for (int i = 1; i < bands.size(); i++) {
            Require.that(bands.get(i).minimum().compareTo(bands.get(i - 1).minimum()) < 0, "scheme.bands-not-descending",
                    "rating bands must be listed from the highest minimum down; " + bands.get(i).name()
                            + " is not below " + bands.get(i - 1).name(), "bands/" + i);
        }
        Require.that(bands.get(bands.size() - 1).minimum().signum() <= 0, "scheme.bands-gap",
                "the lowest rating band must start at 0 so every score has a rating", "bands");
        Require.present(competencyMethod, "competencyMethod");
        Require.nonEmpty(gapPoints, "gapPoints");
        for (int i = 1; i < gapPoints.size(); i++) {
            Require.that(gapPoints.get(i) <= gapPoints.get(i - 1), "scheme.gap-points-rise",
                    "gap points must not rise as the gap grows", "gapPoints/" + i);
        }
        Require.that(gapPoints.get(gapPoints.size() - 1) >= 0, "scheme.negative-points", "gap points must not be negative", "gapPoints");
        Require.present(expectedCoreLevel, "expectedCoreLevel");
        Require.that(expectedCoreLevel.keySet().containsAll(java.util.EnumSet.allOf(PositionLevel.class)),
                "scheme.expected-levels-missing", "every position level needs an expected core competency level", "expectedCoreLevel");
        Require.present(expectedManagementLevel, "expectedManagementLevel");
        Require.that(scoreScale >= 0 && resultScale >= 0, "scheme.bad-scale", "scales must not be negative", "scale");
        Require.present(rounding, "rounding");
        Require.that(rounding != RoundingMode.UNNECESSARY, "scheme.bad-rounding", "pick a rounding mode that rounds", "rounding");
    }

    /** The default scheme: floor 1, 70/30 (50/50 on probation), bands 90/80/70/60, gap method 3/2/1/0. */
    public static ScoringScheme standard() {
        Map<PositionLevel, Integer> core = new EnumMap<>(PositionLevel.class);
        core.put(PositionLevel.O1, 1);
        core.put(PositionLevel.O2, 1);
        core.put(PositionLevel.O3, 2);
        core.put(PositionLevel.O4, 3);
        core.put(PositionLevel.K1, 1);
        core.put(PositionLevel.K2, 2);
        core.put(PositionLevel.K3, 3);
        core.put(PositionLevel.K4, 4);
        core.put(PositionLevel.K5, 5);
        core.put(PositionLevel.D1, 3);
        core.put(PositionLevel.D2, 4);
        core.put(PositionLevel.M1, 4);
        core.put(PositionLevel.M2, 5);
        Map<PositionLevel, Integer> management = new EnumMap<>(PositionLevel.class);
        management.put(PositionLevel.D1, 1);
        management.put(PositionLevel.D2, 2);
        management.put(PositionLevel.M1, 3);
        management.put(PositionLevel.M2, 4);
        return new ScoringScheme(
                BigDecimal.ONE,
                Weights.of(70, 30),
                Weights.of(50, 50),
                ImmutableList.of(
                        new RatingBand("ดีเด่น", BigDecimal.valueOf(90)),
                        new RatingBand("ดีมาก", BigDecimal.valueOf(80)),
                        new RatingBand("ดี", BigDecimal.valueOf(70)),
                        new RatingBand("พอใช้", BigDecimal.valueOf(60)),
                        new RatingBand("ต้องปรับปรุง", BigDecimal.ZERO)),
                CompetencyMethod.GAP,
                ImmutableList.of(3, 2, 1, 0),
                ImmutableMap.copyOf(core),
                ImmutableMap.copyOf(management),
                4,
                2,
                RoundingMode.HALF_UP);
    }

    public Weights weightsFor(boolean onProbation) {
        return onProbation ? probationWeights : weights;
    }

    /** The band of a final score. */
    public RatingBand rate(BigDecimal finalScore) {
        for (RatingBand band : bands) {
            if (finalScore.compareTo(band.minimum()) >= 0) {
                return band;
            }
        }
        return bands.get(bands.size() - 1);
    }

    /** Points for an observed level {@code gap} levels below the expected one (0 or less: full points). */
    public int pointsForGap(int gap) {
        int index = Math.max(0, Math.min(gap, gapPoints.size() - 1));
        return gapPoints.get(index);
    }

    public ScoringScheme withFloor(BigDecimal floor) {
        return new ScoringScheme(floor, weights, probationWeights, bands, competencyMethod, gapPoints,
                expectedCoreLevel, expectedManagementLevel, scoreScale, resultScale, rounding);
    }

    public ScoringScheme withCompetencyMethod(CompetencyMethod method) {
        return new ScoringScheme(levelFloor, weights, probationWeights, bands, method, gapPoints,
                expectedCoreLevel, expectedManagementLevel, scoreScale, resultScale, rounding);
    }

    public BigDecimal roundScore(BigDecimal score) {
        return score.setScale(scoreScale, rounding);
    }

    public BigDecimal roundResult(BigDecimal result) {
        return result.setScale(resultScale, rounding);
    }
}
