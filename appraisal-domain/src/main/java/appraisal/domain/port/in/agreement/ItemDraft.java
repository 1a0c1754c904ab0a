package appraisal.domain.port.in.agreement;

import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.interchange.AgreementDocument.ItemDocument;
import appraisal.domain.model.shared.Require;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One item of an agreement to draft: an indicator by code (its latest version, or the version
 * named), its section and weight, the responsible unit (the indicator's own when blank) and the
 * parent item it is cascaded from.
 *
 * <p>Built with {@link #of} and the {@code with} methods, or {@link #from} an agreement file's
 * item, never with the constructor elsewhere: so a new part of an item is added here (and where
 * it is read or shown) rather than at every place that drafts one.
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

    /** The indicator's latest version, with the indicator's responsible unit and no parent. */
    public static ItemDraft of(String indicatorCode, Section section, BigDecimal weight) {
        return new ItemDraft(indicatorCode, OptionalInt.empty(), section, weight, "", Optional.empty());
    }

    /** The version of the indicator named, with the indicator's responsible unit and no parent. */
    public static ItemDraft of(IndicatorRef indicator, Section section, BigDecimal weight) {
        return of(indicator.code(), section, weight).withVersion(OptionalInt.of(indicator.version()));
    }

    /** The item an agreement file (or a request in its format) asks to draft. */
    public static ItemDraft from(ItemDocument item) {
        return new ItemDraft(item.indicator(), item.version(), item.section(), item.weight(), item.responsibleUnit(), item.parent());
    }

    public ItemDraft withVersion(OptionalInt newVersion) {
        return new ItemDraft(indicatorCode, newVersion, section, weight, responsibleUnit, parent);
    }

    /** Blank: the indicator's own. */
    public ItemDraft withResponsibleUnit(String unit) {
        return new ItemDraft(indicatorCode, version, section, weight, unit, parent);
    }

    public ItemDraft withParent(Optional<ItemRef> newParent) {
        return new ItemDraft(indicatorCode, version, section, weight, responsibleUnit, newParent);
    }
}
