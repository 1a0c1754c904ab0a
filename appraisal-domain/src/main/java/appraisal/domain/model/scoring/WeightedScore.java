package appraisal.domain.model.scoring;

import java.math.BigDecimal;

/** One item's share of the achievement: its weight in percent and its score (floor..5). */
public record WeightedScore(BigDecimal weight, BigDecimal score) {
}
