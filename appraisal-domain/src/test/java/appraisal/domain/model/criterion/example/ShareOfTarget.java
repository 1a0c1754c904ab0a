package appraisal.domain.model.criterion.example;

import appraisal.domain.model.criterion.Direction;
import appraisal.domain.model.criterion.Extension;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.criterion.Verdict;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * An example plug-in kind, written only against the public criterion API as a department would:
 * {@code numerator / denominator * 100 >= percent}, e.g. households helped out of households
 * surveyed, at least 80 %. A zero, negative or missing denominator leaves the verdict unknown.
 *
 * <pre>{kind: share, numerator: households_helped, denominator: households_surveyed, percent: 80}</pre>
 */
public record ShareOfTarget(String numerator, String denominator, BigDecimal percent) implements Extension {

    public ShareOfTarget {
        numerator = Require.text(numerator, "numerator");
        denominator = Require.text(denominator, "denominator");
        Require.present(percent, "percent");
    }

    @Override
    public Verdict evaluate(Facts facts) {
        Optional<BigDecimal> part = number(facts, numerator);
        Optional<BigDecimal> whole = number(facts, denominator);
        if (part.isEmpty() || whole.isEmpty()) {
            ImmutableSet.Builder<String> missing = ImmutableSet.builder();
            if (part.isEmpty()) {
                missing.add(numerator);
            }
            if (whole.isEmpty()) {
                missing.add(denominator);
            }
            return Verdict.unknown(missing.build(), "needs numbers for " + numerator + " and " + denominator);
        }
        if (whole.get().signum() <= 0) {
            // A share of nothing (or of less than nothing) is no share: do not guess.
            return Verdict.unknown(ImmutableSet.of(denominator),
                    denominator + " is " + whole.get().toPlainString() + "; a share needs a positive total");
        }
        // Compare part * 100 with percent * whole: exact, no division, and the order holds as whole > 0.
        boolean met = part.get().multiply(BigDecimal.valueOf(100)).compareTo(percent.multiply(whole.get())) >= 0;
        String share = part.get().multiply(BigDecimal.valueOf(100)).divide(whole.get(), MathContext.DECIMAL64).toPlainString();
        String text = numerator + " / " + denominator + " = " + share + " % against " + percent.toPlainString() + " %";
        return met ? Verdict.met(text) : Verdict.notMet("only " + text);
    }

    private static Optional<BigDecimal> number(Facts facts, String name) {
        return facts.get(name).filter(FactValue.Quantity.class::isInstance).map(v -> ((FactValue.Quantity) v).value());
    }

    @Override
    public String kind() {
        return ShareOfTargetKind.NAME;
    }

    @Override
    public ImmutableSet<String> factNames() {
        return ImmutableSet.of(numerator, denominator);
    }

    /** A larger numerator is better; the denominator has none (its effect turns on the numerator's sign). */
    @Override
    public ImmutableMap<String, Direction> directions() {
        return ImmutableMap.of(numerator, Direction.HIGHER_IS_BETTER);
    }

    @Override
    public Node.Obj parameters() {
        return Node.obj().put("numerator", numerator).put("denominator", denominator).put("percent", percent).build();
    }
}
