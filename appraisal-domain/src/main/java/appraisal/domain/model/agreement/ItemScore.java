package appraisal.domain.model.agreement;

import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.scoring.IndicatorScore;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One item's score: what the facts give ({@code computed}), the evaluator's override if any, and
 * the level and score that count ({@code level}, {@code score}: the override's when there is one).
 */
public record ItemScore(ItemId item, IndicatorRef indicator, BigDecimal weight, IndicatorScore computed,
                        Optional<LevelOverride> override, int level, BigDecimal score) {

    /** Whether the score that counts is final: overridden, or computed with every deciding fact. */
    public boolean decided() {
        return override.isPresent() || computed.decided();
    }
}
