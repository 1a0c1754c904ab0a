package appraisal.domain.model.agreement;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.scoring.FinalScore;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The score of one agreement and whose it is: each item's score, the achievement (provisional
 * while an item is undecided, so appraisees see where they stand as they report), and the final
 * score with its rating once competencies have been evaluated.
 */
public record AgreementScore(AgreementId agreement, PersonId appraisee, AgreementStatus status, ImmutableList<ItemScore> items,
                             BigDecimal achievement, boolean decided, Optional<FinalScore> finalScore) {
}
