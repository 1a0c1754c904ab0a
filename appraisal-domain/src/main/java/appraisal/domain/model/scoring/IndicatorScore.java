package appraisal.domain.model.scoring;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;

/**
 * What an item's reported facts are worth: the level achieved (0 when no level is met), the score
 * (between the scheme's floor and 5, at the scheme's score scale), each level's verdict, and the
 * facts still missing. {@code decided} is false while a missing fact could still raise the level.
 */
public record IndicatorScore(int level, BigDecimal score, ImmutableList<LevelCheck> checks,
                             ImmutableSortedSet<String> missingFacts, boolean decided) {
}
