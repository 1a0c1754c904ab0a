package appraisal.domain.model.cascade;

import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.shared.Require;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An indicator added for one person only (an individual indicator, not cascaded from the head's
 * agreement): its code (the latest version, or the version named), section and weight or share.
 */
public record OwnIndicator(String indicatorCode, OptionalInt version, Section section, Portion portion) {

    public OwnIndicator {
        indicatorCode = Require.text(indicatorCode, "indicator");
        Objects.requireNonNull(version, "version");
        Require.that(version.isEmpty() || version.getAsInt() >= 1, "indicator.bad-version",
                "indicator version must be >= 1, got " + version, "version");
        Require.present(section, "section");
        Require.present(portion, "portion");
    }

    /** An individual indicator, latest version. */
    public static OwnIndicator of(String indicatorCode, Portion portion) {
        return new OwnIndicator(indicatorCode, OptionalInt.empty(), Section.INDIVIDUAL, portion);
    }
}
