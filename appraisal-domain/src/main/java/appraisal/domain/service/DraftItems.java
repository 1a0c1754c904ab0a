package appraisal.domain.service;

import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.out.IndicatorRepository;
import java.util.OptionalInt;

/** Turns what a user names (an indicator code, maybe a version) into stored indicators and agreement items. */
final class DraftItems {

    private DraftItems() {
    }

    /** The named version of an indicator, or its latest; a {@code NOT_FOUND} refusal naming it otherwise. */
    static Indicator indicator(IndicatorRepository indicators, String code, OptionalInt version) {
        return (version.isPresent() ? indicators.find(new IndicatorRef(code, version.getAsInt())) : indicators.latest(code))
                .orElseThrow(() -> DomainException.notFound("indicator.not-found", "indicator " + code
                        + (version.isPresent() ? " version " + version.getAsInt() : "") + " is not stored; import its rubric first"));
    }

    /** The item a draft names: its id is the indicator code; the responsible unit defaults to the indicator's. */
    static Item item(IndicatorRepository indicators, ItemDraft draft) {
        Indicator indicator = indicator(indicators, draft.indicatorCode(), draft.version());
        String unit = draft.responsibleUnit().isEmpty() ? indicator.responsibleUnit() : draft.responsibleUnit();
        Item item = Item.of(new ItemId(indicator.ref().code()), draft.section(), indicator.ref(), draft.weight(), unit);
        return draft.parent().map(item::withParent).orElse(item);
    }
}
