package appraisal.cli.demo;

import appraisal.domain.model.criterion.AllOf;
import appraisal.domain.model.criterion.AnyOf;
import appraisal.domain.model.criterion.AtLeast;
import appraisal.domain.model.criterion.Bracket;
import appraisal.domain.model.criterion.Cases;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.Extension;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Judgement;
import appraisal.domain.model.criterion.StepDone;
import appraisal.domain.model.criterion.Threshold;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.Level;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The values that matter for each fact of an indicator, read from its criteria: the targets of
 * thresholds, the deadlines of steps, the values cases switch on, and which facts only the
 * evaluator can answer (judgements). Demo data is sampled around these so that it lands on every
 * side of every target.
 */
final class Landmarks {

    final Map<String, Set<BigDecimal>> numbers = new LinkedHashMap<>();
    final Map<String, Set<LocalDate>> deadlines = new LinkedHashMap<>();
    final Map<String, Set<FactValue>> cases = new LinkedHashMap<>();
    final Set<String> judgements = new LinkedHashSet<>();

    static Landmarks of(Indicator indicator) {
        Landmarks l = new Landmarks();
        for (Level level : indicator.levels()) {
            l.walk(level.criterion());
        }
        return l;
    }

    private void walk(Criterion c) {
        switch (c) {
            case Threshold t -> numbers.computeIfAbsent(t.fact(), k -> new LinkedHashSet<>()).add(t.target());
            case StepDone s -> {
                Set<LocalDate> dates = deadlines.computeIfAbsent(s.fact(), k -> new LinkedHashSet<>());
                s.by().ifPresent(dates::add);
            }
            case Judgement j -> judgements.add(j.fact());
            case AllOf a -> a.items().forEach(this::walk);
            case AnyOf a -> a.items().forEach(this::walk);
            case AtLeast a -> a.items().forEach(this::walk);
            case Cases cs -> {
                Set<FactValue> values = cases.computeIfAbsent(cs.fact(), k -> new LinkedHashSet<>());
                cs.cases().forEach(one -> {
                    values.add(one.when());
                    walk(one.then());
                });
                cs.otherwise().ifPresent(this::walk);
            }
            case Bracket b -> {
                Set<BigDecimal> bounds = numbers.computeIfAbsent(b.fact(), k -> new LinkedHashSet<>());
                for (Bracket.Branch branch : b.branches()) {
                    Range<BigDecimal> r = branch.range();
                    if (r.hasLowerBound()) {
                        bounds.add(r.lowerEndpoint());
                    }
                    if (r.hasUpperBound()) {
                        bounds.add(r.upperEndpoint());
                    }
                    walk(branch.then());
                }
            }
            // a plug-in kind's parameters mean nothing here: its facts are sampled without landmarks
            case Extension _ -> {
            }
        }
    }

    List<BigDecimal> numbers(String fact) {
        return new ArrayList<>(numbers.getOrDefault(fact, Set.of()));
    }
}
