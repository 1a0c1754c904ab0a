package appraisal.domain.model.indicator;

import appraisal.domain.model.criterion.Bracket;
import appraisal.domain.model.criterion.Cases;
import appraisal.domain.model.criterion.Combination;
import appraisal.domain.model.criterion.Direction;
import appraisal.domain.model.criterion.Extension;
import appraisal.domain.model.criterion.Judgement;
import appraisal.domain.model.criterion.StepDone;
import appraisal.domain.model.criterion.Threshold;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One version of an indicator (ตัวชี้วัด): code, Thai title, measure, responsible unit, the facts
 * it reads and exactly five levels. Immutable: an edit is a new version, so agreements that use an
 * older version keep their meaning.
 *
 * <p>Invariants: levels are numbered 1..5 in order; fact names are unique; an interpolated
 * indicator has five thresholds on one declared numeric fact, all in the measure's direction.
 */
public record Indicator(
        IndicatorRef ref,
        String title,
        Measure measure,
        String responsibleUnit,
        ImmutableList<FactDeclaration> facts,
        ImmutableList<Level> levels,
        ScoringMethod scoring) {

    public Indicator {
        Require.present(ref, "ref");
        title = Require.text(title, "title");
        Require.present(measure, "measure");
        responsibleUnit = responsibleUnit == null ? "" : responsibleUnit.strip();
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(levels, "levels");
        Require.present(scoring, "scoring");
        if (levels.size() != Level.COUNT) {
            throw DomainException.invalid("indicator.level-count",
                    ref + " has " + levels.size() + " levels; an indicator has exactly 5", "levels");
        }
        for (int i = 0; i < Level.COUNT; i++) {
            if (levels.get(i).number() != i + 1) {
                throw DomainException.invalid("indicator.level-order",
                        ref + ": level at position " + (i + 1) + " is numbered " + levels.get(i).number(), "levels/" + i);
            }
        }
        Set<String> names = new HashSet<>();
        for (FactDeclaration f : facts) {
            if (!names.add(f.name())) {
                throw DomainException.invalid("indicator.duplicate-fact", ref + " declares fact '" + f.name() + "' twice", "facts");
            }
        }
        if (scoring == ScoringMethod.INTERPOLATED) {
            interpolationTargets(ref, levels, measure.direction());
        }
    }

    public Level level(int number) {
        Require.that(number >= 1 && number <= Level.COUNT, "level.out-of-range", "level must be 1..5, got " + number, "level");
        return levels.get(number - 1);
    }

    public Optional<FactDeclaration> fact(String name) {
        return facts.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The same indicator as a new version with other levels (targets changed, text reworded…). */
    public Indicator nextVersion(ImmutableList<Level> newLevels) {
        return new Indicator(new IndicatorRef(ref.code(), ref.version() + 1), title, measure, responsibleUnit, facts, newLevels, scoring);
    }

    /** The measured fact and the five targets T1..T5 of an interpolated indicator. */
    public record Targets(String fact, ImmutableList<BigDecimal> values) {
    }

    /** Whether two indicators say the same thing, whatever their version numbers. */
    public boolean sameContentAs(Indicator other) {
        return title.equals(other.title) && measure.equals(other.measure) && responsibleUnit.equals(other.responsibleUnit)
                && facts.equals(other.facts) && levels.equals(other.levels) && scoring == other.scoring
                && ref.code().equals(other.ref.code());
    }

    /** This indicator stored under another version number. */
    public Indicator withVersion(int version) {
        return new Indicator(new IndicatorRef(ref.code(), version), title, measure, responsibleUnit, facts, levels, scoring);
    }

    /** The targets to interpolate between, or empty when the indicator is not interpolated. */
    public Optional<Targets> targets() {
        return scoring == ScoringMethod.INTERPOLATED
                ? Optional.of(interpolationTargets(ref, levels, measure.direction()))
                : Optional.empty();
    }

    private static DomainException notInterpolable(IndicatorRef ref, Level level) {
        return DomainException.invalid("indicator.not-interpolable", ref + " level " + level.number() + " is a " + level.criterion().kind()
                + "; an interpolated indicator needs a threshold on every level", "levels/" + (level.number() - 1));
    }

    static Targets interpolationTargets(IndicatorRef ref, ImmutableList<Level> levels, Direction direction) {
        String fact = null;
        ImmutableList.Builder<BigDecimal> values = ImmutableList.builder();
        BigDecimal previous = null;
        for (Level level : levels) {
            Threshold t = switch (level.criterion()) {
                case Threshold threshold -> threshold;
                case StepDone _ -> throw notInterpolable(ref, level);
                case Judgement _ -> throw notInterpolable(ref, level);
                case Extension _ -> throw notInterpolable(ref, level);
                case Combination _ -> throw notInterpolable(ref, level);
                case Cases _ -> throw notInterpolable(ref, level);
                case Bracket _ -> throw notInterpolable(ref, level);
            };
            if (fact != null && !fact.equals(t.fact())) {
                throw DomainException.invalid("indicator.not-interpolable",
                        ref + " levels read different facts (" + fact + ", " + t.fact() + ")", "levels/" + (level.number() - 1));
            }
            if (t.comparator().direction() != direction) {
                throw DomainException.invalid("indicator.not-interpolable",
                        ref + " level " + level.number() + " compares with " + t.comparator().symbol()
                                + " against the measure's direction", "levels/" + (level.number() - 1));
            }
            if (previous != null) {
                int c = t.target().compareTo(previous);
                boolean harder = direction == Direction.HIGHER_IS_BETTER ? c > 0 : c < 0;
                if (!harder) {
                    throw DomainException.invalid("indicator.not-interpolable",
                            ref + " level " + level.number() + " target " + t.target().toPlainString()
                                    + " is not harder than level " + (level.number() - 1), "levels/" + (level.number() - 1));
                }
            }
            fact = t.fact();
            previous = t.target();
            values.add(t.target());
        }
        return new Targets(fact, values.build());
    }
}
