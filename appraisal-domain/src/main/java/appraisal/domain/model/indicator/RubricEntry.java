package appraisal.domain.model.indicator;

import appraisal.domain.model.shared.Require;
import java.math.BigDecimal;

/** One row of a rubric's table: the indicator, its section and its weight in percent. */
public record RubricEntry(Indicator indicator, Section section, BigDecimal weight) {

    public RubricEntry {
        Require.present(indicator, "indicator");
        Require.present(section, "section");
        Require.present(weight, "weight");
        Require.that(weight.signum() > 0 && weight.compareTo(BigDecimal.valueOf(100)) <= 0, "rubric.bad-weight",
                indicator.ref().code() + ": weight must be above 0 and at most 100, got " + weight.toPlainString(), "weight");
    }
}
