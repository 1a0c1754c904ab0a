package appraisal.web;

import appraisal.documents.FormText;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.cascade.CascadeOutcome;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.cascade.BroadcastCascadeCommand;
import appraisal.domain.port.in.cascade.BroadcastResult;
import appraisal.domain.port.in.rubric.RubricTemplateCommand;
import appraisal.http.Access;
import appraisal.http.Call;
import appraisal.http.Route;
import appraisal.interchange.ParsedTree;
import appraisal.interchange.TreeText;
import appraisal.web.AgreementView.Option;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The cascade in the page. A unit head (the province) starts the round: reads a rubric's section as the template,
 * edits it (items, weights), and broadcasts it to the heads of the offices under the unit ({@code BroadcastCascadeUseCase},
 * what {@code cascade broadcast} does). The template lives in the form, so the server keeps nothing between the steps.
 * An office head's side of the cascade, "my team", is {@link TeamPages}.
 */
final class CascadePages {

    private final WebUseCases.Cascades uses;
    private final Templates templates;
    private final PageReads reads;
    private final TreeText trees = new TreeText();

    CascadePages(WebUseCases.Cascades uses, PageReads reads, Templates templates) {
        this.uses = uses;
        this.templates = templates;
        this.reads = reads;
    }

    void declare(List<Route> routes) {
        routes.add(new Route("GET", "/cascade", Access.SIGNED_IN, this::start));
        routes.add(new Route("POST", "/cascade/rubric", Access.SIGNED_IN, this::fromRubric));
        routes.add(new Route("POST", "/cascade/template", Access.SIGNED_IN, this::editTemplate));
        routes.add(new Route("POST", "/cascade/broadcasts", Access.SIGNED_IN, this::broadcast));
    }

    // ---------------------------------------------------------------- broadcast

    /** The first step: the round, the unit whose offices get the template, and the rubric section it starts from. */
    private void start(Call call) {
        Screen s = new Screen(call, templates);
        List<Option> units = reads.broadcastUnits(call).stream().map(u -> new Option(u.id().value(), u.name(), false)).collect(Collectors.toList());
        Round newest = reads.round(call);
        List<Option> rounds = reads.newestFirst().stream().map(r -> new Option(r.id().value(), s.text.text(r.id().value()),
                r.id().equals(newest.id()))).collect(Collectors.toList());
        s.page("cascade.jte", Screen.params("frame", s.frame("ถ่ายทอดตัวชี้วัดสู่สำนักงานในสังกัด", "cascade"), "units", units,
                "rounds", rounds, "sections", sections(Section.TEAM)));
    }
    /** A rubric file's section read as the template (the domain checks it is stored as written), then the editor. */
    private void fromRubric(Call call) throws IOException {
        Screen s = new Screen(call, templates);
        OrgUnit unit = unit(call, s);
        Round round = uses.rounds().round(new RoundId(s.required("round", "the round")));
        ParsedTree parsed = Upload.tree(call, trees, "rubric", "the rubric file the template starts from");
        Section section = DraftPages.section(s.field("section").orElse(Section.TEAM.name()));
        List<ItemDraft> template;
        try {
            template = uses.rubricTemplate().template(new RubricTemplateCommand(parsed.tree(), section));
        } catch (DomainException e) {
            throw Call.located(parsed, e);
        }
        showTemplate(s, round, unit, template, Optional.empty(), Optional.empty());
    }

    /** The editor posted back: rows kept (not ticked for removal), weights as typed, an indicator added. */
    private void editTemplate(Call call) {
        Screen s = new Screen(call, templates);
        OrgUnit unit = unit(call, s);
        Round round = uses.rounds().round(new RoundId(s.required("round", "the round")));
        List<ItemDraft> rows = new ArrayList<>(rows(s));
        Optional<String> added = s.field("add.indicator");
        if (added.isPresent()) {
            Indicator indicator = uses.indicators().latestIndicators().stream().filter(i -> i.ref().code().equals(added.get()))
                    .findFirst().orElseThrow(() -> DomainException.notFound("indicator.not-found", "indicator " + added.get()
                            + " is not stored"));
            rows.add(ItemDraft.of(indicator.ref(),
                    DraftPages.section(s.field("add.section").orElse(Section.TEAM.name())),
                    DraftPages.weight(s.required("add.weight", "the weight of the indicator added"), "add.weight"))
                    .withResponsibleUnit(indicator.responsibleUnit()));
        }
        showTemplate(s, round, unit, rows, Optional.of(chosenOffices(s)), s.field("parent"));
    }

    /** The template as edited, to the offices ticked, cascaded from the head's own agreement when one is chosen. */
    private void broadcast(Call call) {
        Screen s = new Screen(call, templates);
        OrgUnit unit = unit(call, s);
        RoundId round = new RoundId(s.required("round", "the round"));
        Set<OrgUnitId> offices = chosenOffices(s);
        if (offices.isEmpty()) {
            throw DomainException.invalid("web.nothing-chosen", "tick at least one office to send the template to", "office");
        }
        BroadcastResult result = uses.broadcast().broadcast(new BroadcastCascadeCommand(round, unit.id(),
                ImmutableSet.copyOf(offices), ImmutableList.copyOf(rows(s)), s.field("parent").map(AgreementId::new), ImmutableMap.of(),
                s.principal().acting()));
        Map<OrgUnitId, String> names = uses.org().units().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
        List<CascadeView.Entry> entries = new ArrayList<>();
        for (BroadcastResult.Entry e : result.entries()) {
            entries.add(new CascadeView.Entry(names.getOrDefault(e.office(), e.office().value()), reads.person(e.head()).name(),
                    e.agreement().value(), CascadeView.outcome(e.outcome()), "บุคลากร " + s.text.number(e.headcount()) + " คน"));
        }
        s.page("broadcasted.jte", Screen.params("frame", s.frame("ถ่ายทอดตัวชี้วัดแล้ว", "cascade"), "b", new CascadeView.Broadcast(
                s.text.text(round.value()), unit.name(), s.text.number(result.with(CascadeOutcome.DRAFTED).size()),
                s.text.number(result.with(CascadeOutcome.SKIPPED).size()), entries, result.unlinked())));
    }

    private OrgUnit unit(Call call, Screen s) {
        OrgUnitId id = new OrgUnitId(s.required("unit", "the unit whose offices get the template"));
        if (!call.visibility().seesUnit(id)) {
            throw Call.hidden("org.unit-not-found", "unit " + id.value());
        }
        return uses.org().units().stream().filter(u -> u.id().equals(id)).findFirst()
                .orElseThrow(() -> Call.hidden("org.unit-not-found", "unit " + id.value()));
    }

    /** The template's rows as the form carries them ({@code c.N}, {@code v.N}, {@code s.N}, {@code w.N}, {@code u.N}), those ticked {@code x.N} left out. */
    private static List<ItemDraft> rows(Screen s) {
        List<ItemDraft> out = new ArrayList<>();
        int count = Integer.parseInt(s.field("rows").orElse("0"));
        for (int n = 0; n < count; n++) {
            Optional<String> code = s.field("c." + n);
            if (code.isEmpty() || s.field("x." + n).isPresent()) {
                continue;
            }
            OptionalInt version = s.field("v." + n).map(v -> OptionalInt.of(Integer.parseInt(v))).orElse(OptionalInt.empty());
            out.add(ItemDraft.of(code.get(), DraftPages.section(s.field("s." + n).orElse(Section.TEAM.name())),
                    DraftPages.weight(s.required("w." + n, "the weight of " + code.get()), "w." + n)).withVersion(version)
                    .withResponsibleUnit(s.field("u." + n).orElse("")));
        }
        return out;
    }

    private static Set<OrgUnitId> chosenOffices(Screen s) {
        return s.ctx().formParams("office").stream().map(OrgUnitId::new).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The editor: the rows with their indicators' titles, the sum, what may be added, the offices and the head's own agreements. */
    private void showTemplate(Screen s, Round round, OrgUnit unit, List<ItemDraft> template, Optional<Set<OrgUnitId>> chosen,
                              Optional<String> parent) {
        FormText t = s.text;
        List<CascadeView.TemplateRow> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        Set<String> codes = new LinkedHashSet<>();
        for (ItemDraft d : template) {
            Indicator indicator = d.version().isPresent() ? uses.indicators().indicator(new IndicatorRef(d.indicatorCode(),
                    d.version().getAsInt())) : uses.indicators().latestIndicators().stream()
                    .filter(i -> i.ref().code().equals(d.indicatorCode())).findFirst().orElseThrow(() -> DomainException.notFound(
                            "indicator.not-found", "indicator " + d.indicatorCode() + " is not stored"));
            rows.add(new CascadeView.TemplateRow(rows.size(), d.indicatorCode(), String.valueOf(indicator.ref().version()), d.section().name(),
                    FormText.sectionTitle(d.section()), indicator.title(), d.weight().toPlainString(), d.responsibleUnit()));
            total = total.add(d.weight());
            codes.add(d.indicatorCode());
        }
        List<Option> addable = uses.indicators().latestIndicators().stream().filter(i -> !codes.contains(i.ref().code()))
                .sorted(Comparator.comparing((Indicator i) -> i.ref().code(), IndicatorRef.CODE_ORDER))
                .map(i -> new Option(i.ref().code(), i.ref().code() + " " + i.title(), false)).collect(Collectors.toList());
        Map<OrgUnitId, OrgUnit> byId = uses.org().units().stream().collect(Collectors.toMap(OrgUnit::id, Function.identity()));
        List<CascadeView.Office> offices = new ArrayList<>();
        for (OrgUnit child : byId.values().stream().filter(u -> u.parent().equals(Optional.of(unit.id())) && u.kind() != OrgUnitKind.WORK_GROUP)
                .sorted(Comparator.comparing(u -> u.id().value())).collect(Collectors.toList())) {
            offices.add(new CascadeView.Office(child.id().value(), child.name(), chosen.map(c -> c.contains(child.id())).orElse(true)));
        }
        List<Option> parents = new ArrayList<>();
        s.me().ifPresent(me -> uses.agreements().ofAppraisee(round.id(), me).forEach(a -> parents.add(new Option(a.id().value(),
                "ข้อตกลง " + a.id().value() + " (" + FormText.status(a.status()) + ")", parent.equals(Optional.of(a.id().value()))))));
        CascadeView.Template view = new CascadeView.Template(round.id().value(), t.text(round.id().value()), unit.id().value(), unit.name(),
                rows, t.figure(total.setScale(2)), total.compareTo(new BigDecimal("100")) == 0, addable, sections(Section.TEAM), offices,
                parents);
        s.page("broadcast.jte", Screen.params("frame", s.frame("แม่แบบตัวชี้วัดที่จะถ่ายทอด", "cascade"), "t", view));
    }

    private static List<Option> sections(Section selected) {
        List<Option> out = new ArrayList<>();
        for (Section section : Section.values()) {
            out.add(new Option(section.name(), FormText.sectionTitle(section), section == selected));
        }
        return out;
    }
}
