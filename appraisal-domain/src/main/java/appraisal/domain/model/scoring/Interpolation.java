package appraisal.domain.model.scoring;

import appraisal.domain.model.criterion.Direction;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;

/**
 * Scores a measured value between level targets T1..T5: {@code k + (x − Tk)/(Tk+1 − Tk)} where Tk is
 * the highest target reached, extrapolated below T1 with k = 1, clamped to [floor, 5] and rounded
 * once at the scheme's score scale. Works for both directions because the targets then fall.
 * Targets are treated as points: reaching Tk exactly scores k even when the level's comparator is
 * strict ({@code >}).
 */
public final class Interpolation {

    private static final BigDecimal FIVE = BigDecimal.valueOf(5);

    private Interpolation() {
    }

    public static BigDecimal score(ImmutableList<BigDecimal> targets, Direction direction, BigDecimal x, ScoringScheme scheme) {
        int k = 1;
        for (int i = targets.size() - 1; i >= 0; i--) {
            if (reached(x, targets.get(i), direction)) {
                k = i + 1;
                break;
            }
        }
        BigDecimal raw;
        if (k == targets.size()) {
            raw = FIVE;
        } else {
            BigDecimal tk = targets.get(k - 1);
            BigDecimal next = targets.get(k);
            // k is whole, so rounding the fraction once at the score scale rounds k + fraction once.
            raw = BigDecimal.valueOf(k).add(x.subtract(tk).divide(next.subtract(tk), scheme.scoreScale(), scheme.rounding()));
        }
        if (raw.compareTo(scheme.levelFloor()) < 0) {
            raw = scheme.levelFloor();
        }
        if (raw.compareTo(FIVE) > 0) {
            raw = FIVE;
        }
        return scheme.roundScore(raw);
    }

    private static boolean reached(BigDecimal x, BigDecimal target, Direction direction) {
        int c = x.compareTo(target);
        return direction == Direction.HIGHER_IS_BETTER ? c >= 0 : c <= 0;
    }
}
