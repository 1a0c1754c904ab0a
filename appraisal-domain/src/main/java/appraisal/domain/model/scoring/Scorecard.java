package appraisal.domain.model.scoring;

import appraisal.domain.model.shared.DomainException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Combines item scores and competencies into the final score of one appraisal, under a scheme:
 * achievement = Σ(score × weight) / 5; final = achievement × A% + competency × C% + other × O%.
 * Each part is computed exactly and rounded once at the scheme's result scale; the total is the
 * sum of the rounded parts, as on the printed summary.
 */
public final class Scorecard {

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ScoringScheme scheme;

    public Scorecard(ScoringScheme scheme) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
    }

    /** The exact achievement (0–100) of weighted item scores whose weights sum to 100. */
    public BigDecimal achievementExact(List<WeightedScore> items) {
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal sum = BigDecimal.ZERO;
        for (WeightedScore item : items) {
            weights = weights.add(item.weight());
            sum = sum.add(item.score().multiply(item.weight()));
        }
        if (weights.compareTo(HUNDRED) != 0) {
            throw DomainException.refused("agreement.weights-not-100",
                    "item weights sum to " + weights.toPlainString() + "; achievement needs exactly 100");
        }
        // Dividing by 5 always terminates, so the achievement stays exact until it is printed.
        return sum.divide(FIVE);
    }

    /** The achievement as printed: rounded once at the result scale. */
    public BigDecimal achievement(List<WeightedScore> items) {
        return scheme.roundResult(achievementExact(items));
    }

    public FinalScore finalScore(List<WeightedScore> items, CompetencyScore competency, Optional<BigDecimal> otherPercent,
                                 boolean onProbation) {
        Weights w = scheme.weightsFor(onProbation);
        BigDecimal achievementExact = achievementExact(items);
        BigDecimal achievementPart = part(achievementExact, w.achievement());
        BigDecimal competencyPart = competency.percentTimes(w.competency(), scheme.resultScale(), scheme.rounding());
        BigDecimal otherPart;
        if (w.other().signum() == 0) {
            otherPart = scheme.roundResult(BigDecimal.ZERO);
        } else {
            BigDecimal other = otherPercent.orElseThrow(() -> DomainException.refused("score.other-missing",
                    "the scheme gives " + w.other().toPlainString() + "% to another part, which has not been scored"));
            otherPart = part(other, w.other());
        }
        BigDecimal total = achievementPart.add(competencyPart).add(otherPart);
        BigDecimal competencyPercent = competency.percentTimes(HUNDRED, scheme.resultScale(), scheme.rounding());
        return new FinalScore(scheme.roundResult(achievementExact), achievementPart, competencyPercent,
                competencyPart, otherPart, total, scheme.rate(total), w);
    }

    private BigDecimal part(BigDecimal percent, BigDecimal weight) {
        return percent.multiply(weight).divide(HUNDRED, scheme.resultScale(), scheme.rounding());
    }
}
