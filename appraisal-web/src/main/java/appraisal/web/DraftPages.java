package appraisal.web;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.criterion.Targets;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.Level;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.thai.ThaiDigits;
import appraisal.domain.port.in.agreement.AddItemCommand;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.ChangeWeightsCommand;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.agreement.LinkItemCommand;
import appraisal.domain.port.in.agreement.RemoveItemCommand;
import appraisal.domain.port.in.agreement.RetargetCommand;
import appraisal.http.Access;
import appraisal.http.Call;
import appraisal.http.Route;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The draft's editor on the agreement's page, for its parties: the weights (all in one change), an item added
 * from the round's indicators or removed, an item's targets adjusted by value with a reason, an item linked to
 * an item of the evaluator's agreement. Each post goes through {@code EditDraftUseCase} at the version the form
 * was drawn at and comes back to the agreement.
 */
final class DraftPages {

    private final WebUseCases.Drafts uses;
    private final Templates templates;

    DraftPages(WebUseCases.Drafts uses, Templates templates) {
        this.uses = uses;
        this.templates = templates;
    }

    void declare(List<Route> routes) {
        routes.add(new Route("POST", "/agreements/{id}/weights", Access.SIGNED_IN, this::weights));
        routes.add(new Route("POST", "/agreements/{id}/items", Access.SIGNED_IN, this::add));
        routes.add(new Route("POST", "/agreements/{id}/items/{item}/removal", Access.SIGNED_IN, this::remove));
        routes.add(new Route("POST", "/agreements/{id}/items/{item}/targets", Access.SIGNED_IN, this::targets));
        routes.add(new Route("POST", "/agreements/{id}/items/{item}/parent", Access.SIGNED_IN, this::link));
    }

    /** Every item's weight as typed ({@code w.ITEM}); the domain changes those that differ, all or none. */
    private void weights(Call call) {
        edit(call, (s, a, change) -> {
            ImmutableMap.Builder<ItemId, BigDecimal> weights = ImmutableMap.builder();
            for (Item item : a.items()) {
                s.field("w." + item.id().value()).ifPresent(w -> weights.put(item.id(), weight(w, "weights/" + item.id().value())));
            }
            uses.editDraft().changeWeights(new ChangeWeightsCommand(change, weights.build()));
        });
    }

    private void add(Call call) {
        edit(call, (s, a, change) -> {
            String code = s.required("indicator", "the indicator to add");
            Section section = section(s.field("section").orElse(Section.INDIVIDUAL.name()));
            BigDecimal weight = weight(s.required("weight", "the weight of the indicator added"), "weight");
            uses.editDraft().addItem(new AddItemCommand(change, ItemDraft.of(code, section, weight)));
        });
    }

    private void remove(Call call) {
        edit(call, (s, a, change) -> uses.editDraft().removeItem(new RemoveItemCommand(change, new ItemId(call.path("item")))));
    }

    /** Per level the targets' values as typed ({@code t.LEVEL.K}), and the reason; the domain keeps only the levels that differ from the indicator's. */
    private void targets(Call call) {
        edit(call, (s, a, change) -> {
            ItemId itemId = new ItemId(call.path("item"));
            Item item = a.findItem(itemId).orElseThrow(() -> Call.hidden("agreement.item-not-found", "item " + itemId.value()));
            Indicator indicator = uses.indicators().indicator(item.indicator());
            ImmutableMap.Builder<Integer, ImmutableList<String>> levels = ImmutableMap.builder();
            for (int l = 1; l <= Level.COUNT; l++) {
                int count = Targets.of(indicator.level(l).criterion()).size();
                if (count == 0) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                for (int k = 0; k < count; k++) {
                    values.add(s.field("t." + l + "." + k).orElse(""));
                }
                levels.put(l, ImmutableList.copyOf(values));
            }
            uses.editDraft().retarget(new RetargetCommand(change, itemId, levels.build(), s.field("reason").orElse("")));
        });
    }

    /** The evaluator's item chosen ({@code AG-1/T1}), or none. */
    private void link(Call call) {
        edit(call, (s, a, change) -> {
            Optional<ItemRef> parent = s.field("parent").map(DraftPages::ref);
            uses.editDraft().linkItem(new LinkItemCommand(change, new ItemId(call.path("item")), parent));
        });
    }

    private static ItemRef ref(String text) {
        int slash = text.indexOf('/');
        if (slash <= 0 || slash == text.length() - 1) {
            throw DomainException.invalid("web.bad-choice", "'" + text + "' is not one of the items offered", "parent");
        }
        return new ItemRef(new AgreementId(text.substring(0, slash)), new ItemId(text.substring(slash + 1)));
    }

    /** A weight typed with Thai or Arabic digits; refused naming the field it was typed in. */
    static BigDecimal weight(String text, String field) {
        try {
            return new BigDecimal(ThaiDigits.toArabic(text).strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("web.not-a-number", "'" + text + "' is not a number; write a weight like 15 or 12.5", field);
        }
    }

    static Section section(String name) {
        try {
            return Section.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("web.bad-choice", "'" + name + "' is not a section", "section");
        }
    }

    private interface Edit {
        void apply(Screen s, Agreement a, AgreementChange change);
    }

    private void edit(Call call, Edit edit) {
        Screen s = new Screen(call, templates);
        Agreement a = call.visibleAgreement(uses.agreements());
        edit.apply(s, a, AgreementChange.at(a.id(), s.principal().acting(), s.version()));
        s.seeOther("/agreements/" + a.id().value() + "?done=edited#editor");
    }
}
