package appraisal.domain.model.indicator;

import appraisal.domain.model.shared.Require;
import java.math.BigInteger;
import java.util.Comparator;

/** Names one version of an indicator; agreements hold this, so a signed agreement never changes meaning. */
public record IndicatorRef(String code, int version) {

    /**
     * Codes in the order people number them: by their letters, then by their number as a number,
     * so P4 comes before P10 (a text sort gives P10, P11, P12, P4).
     */
    public static final Comparator<String> CODE_ORDER = Comparator.comparing(IndicatorRef::letters)
            .thenComparing(IndicatorRef::number).thenComparing(Comparator.naturalOrder());

    public IndicatorRef {
        code = Require.text(code, "code");
        Require.that(version >= 1, "indicator.bad-version", "indicator version must be >= 1, got " + version, "version");
    }

    private static String letters(String code) {
        return code.replaceFirst("\\d+$", "");
    }

    private static BigInteger number(String code) {
        String digits = code.substring(letters(code).length());
        return digits.isEmpty() ? BigInteger.ZERO : new BigInteger(digits);
    }

    @Override
    public String toString() {
        return code + "@v" + version;
    }
}
