package appraisal.domain.model.scoring;

import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.Verdict;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.Level;
import appraisal.domain.model.indicator.ScoringMethod;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Turns the facts reported for one indicator into a level and a score under a round's scheme.
 * Local target adjustments of an agreement item replace the criteria of the levels they name.
 */
public final class IndicatorScorer {

    private final ScoringScheme scheme;

    public IndicatorScorer(ScoringScheme scheme) {
        this.scheme = Objects.requireNonNull(scheme, "scheme");
    }

    public IndicatorScore score(Indicator indicator, Facts facts) {
        return score(indicator, ImmutableMap.of(), facts);
    }

    public IndicatorScore score(Indicator indicator, ImmutableMap<Integer, Criterion> adjustments, Facts facts) {
        List<LevelCheck> checks = new ArrayList<>(Level.COUNT);
        for (Level level : indicator.levels()) {
            Criterion c = adjustments.getOrDefault(level.number(), level.criterion());
            checks.add(new LevelCheck(level.number(), c.evaluate(facts)));
        }
        TreeSet<String> missing = new TreeSet<>();
        checks.forEach(c -> missing.addAll(c.verdict().missingFacts()));
        int level;
        boolean decided;
        if (indicator.scoring() == ScoringMethod.CUMULATIVE) {
            level = 0;
            decided = true;
            for (LevelCheck check : checks) {
                if (!check.verdict().isMet()) {
                    decided = !check.verdict().isUnknown();
                    break;
                }
                level = check.level();
            }
        } else {
            level = 0;
            for (LevelCheck check : checks) {
                if (check.verdict().isMet()) {
                    level = check.level();
                }
            }
            decided = true;
            for (LevelCheck check : checks) {
                if (check.level() > level && check.verdict().isUnknown()) {
                    decided = false;
                }
            }
        }
        BigDecimal score;
        if (indicator.scoring() == ScoringMethod.INTERPOLATED) {
            Indicator.Targets targets = indicator.targets().orElseThrow();
            var x = facts.get(targets.fact());
            if (x.isPresent() && x.get() instanceof FactValue.Quantity q) {
                score = Interpolation.score(targets.values(), indicator.measure().direction(), q.value(), scheme);
                decided = true;
            } else {
                score = levelScore(0);
                decided = false;
            }
        } else {
            score = levelScore(level);
        }
        return new IndicatorScore(level, score, ImmutableList.copyOf(checks), ImmutableSortedSet.copyOf(missing), decided);
    }

    /** The score of a whole level: the level itself, raised to the scheme's floor. */
    public BigDecimal levelScore(int level) {
        BigDecimal value = BigDecimal.valueOf(level);
        return scheme.roundScore(value.max(scheme.levelFloor()));
    }

    /** The verdict of one level alone, e.g. to show an appraisee what is still missing. */
    public Verdict check(Indicator indicator, int level, Facts facts) {
        return indicator.level(level).criterion().evaluate(facts);
    }
}
