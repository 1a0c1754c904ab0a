package appraisal.http;

import static appraisal.http.ApiServer.BASE;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.cascade.AssignmentPlan;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.TreeCursor;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.interchange.FactsCodec;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.cascade.BroadcastCascadeCommand;
import appraisal.domain.port.in.cascade.BroadcastResult;
import appraisal.domain.port.in.cascade.DeriveCascadeCommand;
import appraisal.domain.port.in.cascade.DeriveResult;
import appraisal.interchange.CascadeReportJson;
import appraisal.interchange.ParsedTree;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cascades: broadcast a template to the heads of a unit's offices, derive staff agreements from a
 * head's agreement by an assignment plan (the plan in the interchange format), and the report of
 * a head's cascade. The caller must see the unit (its head, or above) or the parent agreement.
 */
final class CascadeResource {

    private static final Set<String> BROADCAST = Set.of("round", "unit", "child_units", "template", "parent", "office_facts");
    private static final Set<String> TEMPLATE_ITEM = Set.of("indicator", "indicator_version", "section", "weight", "responsible_unit");

    private final ApiUseCases.Cascades uses;
    private final FactsCodec facts = new FactsCodec();

    CascadeResource(ApiUseCases.Cascades uses) {
        this.uses = uses;
    }

    void declare(List<Route> routes) {
        routes.add(new Route("POST", BASE + "/cascades/broadcasts", Access.SIGNED_IN, this::broadcast));
        routes.add(new Route("POST", BASE + "/cascades/derivations", Access.SIGNED_IN, this::derive));
        routes.add(new Route("GET", BASE + "/cascades/report", Access.SIGNED_IN, this::report));
    }

    /**
     * {@code {"round", "unit", "child_units"?: [...], "template": [{indicator, indicator_version?, section, weight,
     * responsible_unit?}], "parent"?: agreement, "office_facts"?: {UNIT: facts}}}.
     */
    private void broadcast(Call call) {
        ParsedTree parsed = call.tree();
        BroadcastCascadeCommand command;
        try {
            TreeCursor root = TreeCursor.root(parsed.tree()).onlyFields(BROADCAST);
            OrgUnitId unit = new OrgUnitId(root.field("unit").text());
            if (!call.visibility().seesUnit(unit)) {
                throw Call.hidden("org.unit-not-found", "unit " + unit.value());
            }
            List<ItemDraft> template = new ArrayList<>();
            for (TreeCursor i : root.field("template").list()) {
                i.onlyFields(TEMPLATE_ITEM);
                template.add(i.build(() -> {
                    String indicator = i.field("indicator").text();
                    OptionalInt version = i.optionalField("indicator_version").map(v -> OptionalInt.of(v.integer())).orElse(OptionalInt.empty());
                    return ItemDraft.of(indicator, OrgResource.enumOf(Section.class, i.field("section").text(), "section"),
                            i.field("weight").number()).withVersion(version)
                            .withResponsibleUnit(i.optionalField("responsible_unit").map(TreeCursor::text).orElse(""));
                }));
            }
            Set<OrgUnitId> children = new java.util.LinkedHashSet<>();
            root.optionalField("child_units").ifPresent(c -> c.list().forEach(u -> children.add(new OrgUnitId(u.text()))));
            Map<OrgUnitId, Facts> officeFacts = new LinkedHashMap<>();
            root.optionalField("office_facts").ifPresent(o -> o.object().fields().keySet()
                    .forEach(u -> officeFacts.put(new OrgUnitId(u), facts.read(o.field(u)))));
            command = root.build(() -> new BroadcastCascadeCommand(new RoundId(root.field("round").text()), unit,
                    ImmutableSet.copyOf(children), ImmutableList.copyOf(template),
                    root.optionalField("parent").map(p -> new AgreementId(p.text())), ImmutableMap.copyOf(officeFacts),
                    call.principal().acting()));
        } catch (DomainException e) {
            throw Call.located(parsed, e);
        }
        BroadcastResult result = uses.broadcast().broadcast(command);
        call.json(201, new Views.Broadcast(result.round().value(), result.unit().value(), result.evaluator().value(),
                result.entries().stream().map(e -> new Views.BroadcastEntry(e.office().value(), e.head().value(), e.agreement().value(),
                        OrgResource.name(e.outcome()), e.headcount())).collect(Collectors.toList()), result.unlinked()));
    }

    /** {@code {"parent": agreement, "plan": <assignment plan document>}}; the parent must be in the caller's scope. */
    private void derive(Call call) {
        ParsedTree parsed = call.tree();
        AgreementId parent;
        AssignmentPlan plan;
        try {
            TreeCursor root = TreeCursor.root(parsed.tree()).onlyFields(Set.of("parent", "plan"));
            parent = new AgreementId(root.field("parent").text());
            Agreement head;
            try {
                head = uses.agreements().show(parent);
            } catch (DomainException e) {
                throw e.kind() == DomainException.Kind.NOT_FOUND ? Call.hidden("agreement.not-found", "agreement " + parent.value()) : e;
            }
            if (!call.visibility().sees(head.appraisee())) {
                throw Call.hidden("agreement.not-found", "agreement " + parent.value());
            }
            plan = uses.planCodec().read(root.field("plan").node());
        } catch (DomainException e) {
            throw Call.located(parsed, e);
        }
        DeriveResult result = uses.derive().derive(new DeriveCascadeCommand(parent, plan, call.principal().acting()));
        call.json(201, new Views.Derive(result.parent().value(), result.evaluator().value(), result.entries().stream()
                .map(e -> new Views.DeriveEntry(e.person().value(), e.agreement().value(), OrgResource.name(e.outcome()), e.weights()))
                .collect(Collectors.toList())));
    }

    private void report(Call call) {
        OrgUnitId unit = new OrgUnitId(call.requiredQuery("unit"));
        RoundId round = new RoundId(call.requiredQuery("round"));
        if (!call.visibility().seesUnit(unit)) {
            throw Call.hidden("org.unit-not-found", "unit " + unit.value());
        }
        call.tree(200, CascadeReportJson.write(uses.cascadeReport().report(round, unit)));
    }
}
