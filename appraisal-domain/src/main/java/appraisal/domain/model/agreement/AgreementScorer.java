package appraisal.domain.model.agreement;

import appraisal.domain.model.competency.Competency;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.scoring.CompetencyScorer;
import appraisal.domain.model.scoring.FinalScore;
import appraisal.domain.model.scoring.IndicatorScore;
import appraisal.domain.model.scoring.IndicatorScorer;
import appraisal.domain.model.scoring.Scorecard;
import appraisal.domain.model.scoring.ScoringScheme;
import appraisal.domain.model.scoring.WeightedScore;
import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Scores an agreement under its round's scheme: each item from its facts (office context, reported
 * results and the evaluator's judgements), the evaluator's overrides, the achievement, and — once
 * the agreement has been evaluated — the final score and rating for the appraisee's position.
 * Pure: the same stored facts always give the same score, so scores can be recomputed and checked.
 */
public final class AgreementScorer {

    private final ScoringScheme scheme;
    private final IndicatorScorer items;
    private final Scorecard scorecard;
    private final CompetencyScorer competencies;

    public AgreementScorer(ScoringScheme scheme) {
        this.scheme = scheme;
        this.items = new IndicatorScorer(scheme);
        this.scorecard = new Scorecard(scheme);
        this.competencies = new CompetencyScorer(scheme);
    }

    /**
     * @param indicators finds the indicator version an item uses (refused as not found when absent)
     * @param appraisee  the person appraised: position level and probation decide the final score
     */
    public AgreementScore score(Agreement agreement, Function<IndicatorRef, Optional<Indicator>> indicators, Person appraisee) {
        if (!appraisee.id().equals(agreement.appraisee())) {
            throw DomainException.invalid("score.wrong-person",
                    "agreement " + agreement.id() + " appraises " + agreement.appraisee() + ", not " + appraisee.id(), "appraisee");
        }
        List<ItemScore> scored = new ArrayList<>();
        List<WeightedScore> weighted = new ArrayList<>();
        boolean decided = true;
        for (Item item : agreement.items()) {
            Indicator indicator = indicators.apply(item.indicator()).orElseThrow(() -> DomainException.notFound(
                    "indicator.not-found", "indicator " + item.indicator() + " used by item " + item.id() + " is not stored"));
            IndicatorScore computed = items.score(indicator, adjustments(item), agreement.factsFor(item.id()));
            Optional<LevelOverride> override = agreement.evaluationOf(item.id()).flatMap(ItemEvaluation::override);
            int level = override.map(LevelOverride::level).orElse(computed.level());
            var score = override.isPresent() ? items.levelScore(level) : computed.score();
            ItemScore itemScore = new ItemScore(item.id(), item.indicator(), item.weight(), computed, override, level, score);
            decided &= itemScore.decided();
            scored.add(itemScore);
            weighted.add(new WeightedScore(item.weight(), score));
        }
        var achievement = scorecard.achievement(weighted);
        Optional<FinalScore> finalScore = agreement.competencies()
                .filter(c -> !c.levels().isEmpty())
                .map(c -> scorecard.finalScore(weighted,
                        competencies.score(appraisee.level(), competencyLevels(c)), Optional.empty(), appraisee.onProbation()));
        return new AgreementScore(agreement.id(), agreement.appraisee(), agreement.status(), ImmutableList.copyOf(scored), achievement, decided, finalScore);
    }

    private static ImmutableMap<Integer, Criterion> adjustments(Item item) {
        return ImmutableMap.copyOf(item.targetAdjustments());
    }

    private static Map<Competency, Integer> competencyLevels(CompetencyAssessment assessment) {
        Map<Competency, Integer> out = new EnumMap<>(Competency.class);
        assessment.levels().forEach((code, level) -> out.put(Competency.ofCode(code).orElseThrow(() ->
                DomainException.invalid("competency.unknown", "unknown competency code '" + code + "'", code)), level));
        return out;
    }

    public ScoringScheme scheme() {
        return scheme;
    }
}
