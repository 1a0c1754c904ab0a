package appraisal.cli.demo;

import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.FactDeclaration;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.scoring.IndicatorScore;
import appraisal.domain.model.scoring.IndicatorScorer;
import appraisal.domain.model.scoring.ScoringScheme;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Makes up results an office could plausibly report for an indicator so that it reaches a chosen
 * level: a seeded search over values near the indicator's own targets and deadlines, each
 * candidate checked by the real scorer. Deterministic for a given seed.
 */
public final class PlausibleFacts {

    /** The facts an appraisee reports and the yes/no answers only the evaluator gives. */
    public record Report(Facts results, Facts judgements, int level) {
    }

    private static final int ATTEMPTS = 400;

    private final IndicatorScorer scorer;
    private final LocalDate roundStart;
    private final LocalDate roundEnd;

    public PlausibleFacts(ScoringScheme scheme, LocalDate roundStart, LocalDate roundEnd) {
        this.scorer = new IndicatorScorer(scheme);
        this.roundStart = roundStart;
        this.roundEnd = roundEnd;
    }

    /**
     * Results for {@code indicator} reaching {@code target} (or the nearest level found), given the
     * office's context facts (e.g. headcount), which are not reported again.
     */
    public Report reach(Indicator indicator, int target, Facts context, Random random) {
        Landmarks landmarks = Landmarks.of(indicator);
        Report best = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Map<String, FactValue> results = new LinkedHashMap<>();
            Map<String, FactValue> judgements = new LinkedHashMap<>();
            for (FactDeclaration f : indicator.facts()) {
                if (context.get(f.name()).isPresent()) {
                    continue;
                }
                FactValue value = sample(f, landmarks, random);
                (landmarks.judgements.contains(f.name()) ? judgements : results).put(f.name(), value);
            }
            Facts facts = context.overlaidBy(Facts.of(results)).overlaidBy(Facts.of(judgements));
            IndicatorScore score = scorer.score(indicator, facts);
            if (!score.decided()) {
                continue;
            }
            Report report = new Report(Facts.of(results), Facts.of(judgements), score.level());
            if (score.level() == target) {
                return report;
            }
            if (best == null || Math.abs(score.level() - target) < Math.abs(best.level() - target)) {
                best = report;
            }
        }
        return Optional.ofNullable(best).orElseThrow(() -> new IllegalStateException(
                "no decided result found for " + indicator.ref() + " in " + ATTEMPTS + " attempts"));
    }

    private FactValue sample(FactDeclaration f, Landmarks landmarks, Random random) {
        switch (f.type()) {
            case NUMBER: {
                List<BigDecimal> marks = landmarks.numbers(f.name());
                if (marks.isEmpty()) {
                    return FactValue.of(BigDecimal.valueOf(random.nextInt(100)));
                }
                BigDecimal mark = marks.get(random.nextInt(marks.size()));
                // Land just below, on, or just above a target: that is where levels change.
                BigDecimal step = mark.abs().max(BigDecimal.ONE).multiply(BigDecimal.valueOf(random.nextInt(6))).divide(BigDecimal.valueOf(100),
                        2, RoundingMode.HALF_UP);
                BigDecimal value = switch (random.nextInt(3)) {
                    case 0 -> mark.subtract(step);
                    case 1 -> mark;
                    default -> mark.add(step);
                };
                return FactValue.of(value.max(BigDecimal.ZERO).setScale(mark.scale() > 0 ? mark.scale() : (random.nextBoolean() ? 0 : 1),
                        RoundingMode.HALF_UP));
            }
            case FLAG:
                return FactValue.flag(random.nextInt(4) != 0);
            case STEP: {
                if (random.nextInt(6) == 0) {
                    return FactValue.Completion.notDone();
                }
                List<LocalDate> due = new ArrayList<>(landmarks.deadlines.getOrDefault(f.name(), java.util.Set.of()));
                LocalDate anchor = due.isEmpty() ? roundEnd.minusDays(20) : due.get(random.nextInt(due.size()));
                LocalDate on = anchor.plusDays(random.nextInt(15) - 11);
                if (on.isBefore(roundStart)) {
                    on = roundStart.plusDays(random.nextInt(10));
                }
                return FactValue.Completion.doneOn(on.isAfter(roundEnd) ? roundEnd : on);
            }
            default: {
                List<FactValue> values = new ArrayList<>(landmarks.cases.getOrDefault(f.name(), java.util.Set.of()));
                return values.isEmpty() ? new FactValue.Choice("อื่น ๆ") : values.get(random.nextInt(values.size()));
            }
        }
    }
}
