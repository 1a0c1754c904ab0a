package appraisal.domain.model.lint;

import appraisal.domain.model.indicator.Section;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code section.weights-not-100} (warning): the weights of a section's indicators do not sum to
 * 100, so an agreement drafted from it cannot be signed as it stands (a page of the source
 * document is missing, and its individual weights sum to 75). Sections without entries are skipped.
 */
final class SectionWeights {

    static final String NOT_100 = "section.weights-not-100";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SectionWeights() {
    }

    static List<Finding> check(RubricLayout layout) {
        List<Finding> out = new ArrayList<>();
        for (Section section : Section.values()) {
            if (layout.rubric().section(section).isEmpty()) {
                continue;
            }
            BigDecimal sum = layout.rubric().weightOf(section);
            if (sum.compareTo(HUNDRED) != 0) {
                out.add(new Finding(Severity.WARNING, NOT_100, "/indicators",
                        "the weights of the " + section.name().toLowerCase(Locale.ROOT) + " indicators sum to "
                                + sum.toPlainString() + ", not 100"));
            }
        }
        return out;
    }
}
