package appraisal.domain.model.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The competency part of an appraisal: points earned of the maximum (gap method: 3 a
 * competency; rating method: 5 a competency), kept as a fraction so the percent is rounded only where it is printed.
 */
public record CompetencyScore(int points, int maxPoints) {

    /** {@code points × weight / maxPoints}: the percent of the maximum times a weight, rounded once. */
    public BigDecimal percentTimes(BigDecimal weight, int scale, RoundingMode rounding) {
        return BigDecimal.valueOf(points).multiply(weight).divide(BigDecimal.valueOf(maxPoints), scale, rounding);
    }
}
