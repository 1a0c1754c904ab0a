package appraisal.domain.model.cascade;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemEvaluation;
import appraisal.domain.model.agreement.ItemScore;
import appraisal.domain.model.agreement.LevelOverride;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.scoring.IndicatorScore;
import appraisal.domain.model.scoring.IndicatorScorer;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One child's result for an item cascaded from a parent item: whose agreement, where it stands,
 * the item's score (level and score that count, and whether they are final) and the fact the
 * parent's roll-up reads, when it reads one.
 */
public record ChildItemResult(AgreementId agreement, PersonId appraisee, AgreementStatus status, ItemScore score,
                              Optional<FactValue> fact) {

    /** The level that counts (the evaluator's override when there is one). */
    public int level() {
        return score.level();
    }

    public boolean decided() {
        return score.decided();
    }

    /**
     * Scores one item of a child agreement on its own, as {@code AgreementScorer} does for each
     * item (the evaluator's override wins), but without the agreement's achievement — so a child
     * still drafting, whose weights are not yet 100, shows where it stands too.
     *
     * @param fact the fact to report alongside, read from the facts the item is checked against
     */
    public static ChildItemResult of(Agreement child, Item item, Indicator indicator, IndicatorScorer scorer, Optional<String> fact) {
        var facts = child.factsFor(item.id());
        IndicatorScore computed = scorer.score(indicator, item.targetAdjustments(), facts);
        Optional<LevelOverride> override = child.evaluationOf(item.id()).flatMap(ItemEvaluation::override);
        int level = override.map(LevelOverride::level).orElse(computed.level());
        BigDecimal score = override.isPresent() ? scorer.levelScore(level) : computed.score();
        ItemScore itemScore = new ItemScore(item.id(), item.indicator(), item.weight(), computed, override, level, score);
        return new ChildItemResult(child.id(), child.appraisee(), child.status(), itemScore, fact.flatMap(facts::get));
    }
}
