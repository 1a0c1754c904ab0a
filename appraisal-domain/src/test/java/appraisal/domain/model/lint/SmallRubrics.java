package appraisal.domain.model.lint;

import appraisal.domain.model.criterion.Comparator;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.Direction;
import appraisal.domain.model.criterion.Threshold;
import appraisal.domain.model.indicator.FactDeclaration;
import appraisal.domain.model.indicator.FactType;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Level;
import appraisal.domain.model.indicator.Measure;
import appraisal.domain.model.indicator.Rubric;
import appraisal.domain.model.indicator.RubricEntry;
import appraisal.domain.model.indicator.ScoringMethod;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.calendar.FiscalYear;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Small hand-made rubrics for the lint's rule tests: one indicator, five levels, a few facts. */
final class SmallRubrics {

    private SmallRubrics() {
    }

    static Threshold at(String fact, Comparator op, String target) {
        return new Threshold(fact, op, new BigDecimal(target));
    }

    static Threshold atLeast(String fact, String target) {
        return at(fact, Comparator.AT_LEAST, target);
    }

    static FactDeclaration number(String name) {
        return new FactDeclaration(name, FactType.NUMBER, "ค่า " + name, "");
    }

    static FactDeclaration of(String name, FactType type) {
        return new FactDeclaration(name, type, "ค่า " + name, "");
    }

    static Indicator indicator(String code, ScoringMethod scoring, List<FactDeclaration> facts, Criterion... levels) {
        return indicator(code, Direction.HIGHER_IS_BETTER, scoring, facts, levels);
    }

    static Indicator indicator(String code, Direction direction, ScoringMethod scoring, List<FactDeclaration> facts,
                               Criterion... levels) {
        List<Level> out = new ArrayList<>();
        for (int i = 0; i < levels.length; i++) {
            out.add(new Level(i + 1, "ระดับ " + (i + 1), levels[i]));
        }
        return new Indicator(new IndicatorRef(code, 1), "ตัวชี้วัด " + code, new Measure("%", direction), "",
                ImmutableList.copyOf(facts), ImmutableList.copyOf(out), scoring);
    }

    /** A team rubric for round 2 of FY 2565 whose weights split 100 evenly (as far as they can). */
    static Rubric rubric(Indicator... indicators) {
        List<RubricEntry> entries = new ArrayList<>();
        int left = 100;
        for (int i = 0; i < indicators.length; i++) {
            int weight = i == indicators.length - 1 ? left : 100 / indicators.length;
            left -= weight;
            entries.add(new RubricEntry(indicators[i], Section.TEAM, BigDecimal.valueOf(weight)));
        }
        return new Rubric("ทดสอบ", Optional.of(new FiscalYear(2565)), Optional.of(2), ImmutableList.copyOf(entries));
    }
}
