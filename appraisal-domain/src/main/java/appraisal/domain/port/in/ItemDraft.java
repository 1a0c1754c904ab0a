package appraisal.domain.port.in;

import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.shared.Require;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One item of an agreement to draft: an indicator by code (its latest version, or the version
 * named), its section and weight, the responsible unit (the indicator's own when blank) and the
 * parent item it is cascaded from.
 */
public record ItemDraft(String indicatorCode, OptionalInt version, Section section, BigDecimal weight,
                        String responsibleUnit, Optional<ItemRef> parent) {
    public ItemDraft {
        indicatorCode = Require.text(indicatorCode, "indicatorCode");
        Objects.requireNonNull(version, "version");
        Require.present(section, "section");
        Require.present(weight, "weight");
        responsibleUnit = responsibleUnit == null ? "" : responsibleUnit.strip();
        Objects.requireNonNull(parent, "parent");
    }

    public static ItemDraft of(String indicatorCode, Section section, BigDecimal weight) {
        return new ItemDraft(indicatorCode, OptionalInt.empty(), section, weight, "", Optional.empty());
    }
}
