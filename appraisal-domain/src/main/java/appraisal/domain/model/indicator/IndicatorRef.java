package appraisal.domain.model.indicator;

import appraisal.domain.model.shared.Require;

/** Names one version of an indicator; agreements hold this, so a signed agreement never changes meaning. */
public record IndicatorRef(String code, int version) {

    public IndicatorRef {
        code = Require.text(code, "code");
        Require.that(version >= 1, "indicator.bad-version", "indicator version must be >= 1, got " + version, "version");
    }

    @Override
    public String toString() {
        return code + "@v" + version;
    }
}
