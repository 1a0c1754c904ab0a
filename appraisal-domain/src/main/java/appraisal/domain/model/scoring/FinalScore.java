package appraisal.domain.model.scoring;

import java.math.BigDecimal;

/**
 * The appraisal summary's numbers as the form prints them: achievement (0–100) and its weighted
 * part, competency percent and its weighted part, any other part, the total (the sum of the
 * printed parts) and its rating band.
 */
public record FinalScore(
        BigDecimal achievement,
        BigDecimal achievementPart,
        BigDecimal competency,
        BigDecimal competencyPart,
        BigDecimal otherPart,
        BigDecimal total,
        RatingBand rating,
        Weights weights) {
}
