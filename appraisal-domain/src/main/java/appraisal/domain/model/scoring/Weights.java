package appraisal.domain.model.scoring;

import appraisal.domain.model.shared.Require;
import java.math.BigDecimal;

/** How the final score is composed, in percent: achievement + competency + other = 100. */
public record Weights(BigDecimal achievement, BigDecimal competency, BigDecimal other) {

    public Weights {
        Require.present(achievement, "achievement");
        Require.present(competency, "competency");
        Require.present(other, "other");
        Require.that(achievement.signum() >= 0 && competency.signum() >= 0 && other.signum() >= 0,
                "scheme.negative-weight", "weights must not be negative", "weights");
        Require.that(achievement.add(competency).add(other).compareTo(BigDecimal.valueOf(100)) == 0,
                "scheme.weights-not-100", "achievement + competency + other must be 100, got "
                        + achievement.add(competency).add(other).toPlainString(), "weights");
    }

    public static Weights of(int achievement, int competency) {
        return new Weights(BigDecimal.valueOf(achievement), BigDecimal.valueOf(competency), BigDecimal.ZERO);
    }
}
