package appraisal.cli;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.indicator.FactDeclaration;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.rubric.IndicatorQueries;
import java.util.stream.Collectors;

/**
 * One item of an agreement with the indicator version it uses, for reading values typed for it:
 * a fact must be one the indicator declares, and its value is read by that declaration.
 */
record ItemFacts(Agreement agreement, Item item, Indicator indicator) {

    /** The item named {@code itemText} of {@code agreement}; not found (exit 3) naming the items there are. */
    static ItemFacts of(IndicatorQueries indicators, Agreement agreement, String itemText) {
        ItemId id = AgreementCommand.itemId(itemText);
        Item item = agreement.findItem(id).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "agreement.item-not-found", "agreement " + agreement.id() + " has no item " + id + "; its items are "
                + agreement.items().stream().map(i -> i.id().value()).collect(Collectors.joining(", ")), id.value()));
        return new ItemFacts(agreement, item, indicators.indicator(item.indicator()));
    }

    /** The declaration of fact {@code name}; invalid (exit 2) listing the declared facts when there is none. */
    FactDeclaration declaration(String name) {
        return indicator.fact(name).orElseThrow(() -> DomainException.invalid("fact.undeclared",
                "item " + item.id() + " (" + indicator.ref() + ") has no fact '" + name + "'; its facts are "
                        + (indicator.facts().isEmpty() ? "none"
                        : indicator.facts().stream().map(FactDeclaration::name).collect(Collectors.joining(", "))), name));
    }

    /** {@code text} read as the declared fact {@code name}. */
    FactValue parse(String name, String text) {
        return declaration(name).parse(text);
    }
}
