package appraisal.web;

import appraisal.documents.AgreementForm;
import appraisal.documents.FormText;
import appraisal.documents.SummaryForm;
import appraisal.documents.pdf.FormPdf;
import appraisal.domain.model.agreement.Act;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementScore;
import appraisal.domain.model.agreement.CompetencyAssessment;
import appraisal.domain.model.agreement.EvidenceRef;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemEvaluation;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.agreement.ItemResult;
import appraisal.domain.model.agreement.ItemScore;
import appraisal.domain.model.agreement.LevelOverride;
import appraisal.domain.model.agreement.Signature;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.competency.Competency;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.Targets;
import appraisal.domain.model.indicator.FactDeclaration;
import appraisal.domain.model.indicator.FactType;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.Level;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.scoring.IndicatorScore;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.AcknowledgeCommand;
import appraisal.domain.port.in.AgreementChange;
import appraisal.domain.port.in.CloseAgreementCommand;
import appraisal.domain.port.in.CopiedAgreement;
import appraisal.domain.port.in.CopyAgreementCommand;
import appraisal.domain.port.in.EvaluateAgreementCommand;
import appraisal.domain.port.in.ExpectedCompetency;
import appraisal.domain.port.in.RecordRefusalCommand;
import appraisal.domain.port.in.EvidenceDownload;
import appraisal.domain.port.in.EvidenceUpload;
import appraisal.domain.port.in.RecordResultsCommand;
import appraisal.domain.port.in.ReopenAgreementCommand;
import appraisal.domain.port.in.ReviewAgreementCommand;
import appraisal.domain.port.in.SignAgreementCommand;
import appraisal.domain.port.in.SubmitSelfAssessmentCommand;
import appraisal.http.Access;
import appraisal.http.Call;
import appraisal.http.Route;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * My agreements, one agreement (read, sign, report results with evidence, submit, evaluate,
 * acknowledge or refuse with a witness, review, close), the level as it is typed, the printed forms
 * as A4 pages and PDF, and my team. Every change goes through a {@code port.in} use case at the
 * version the form was made from.
 */
final class AgreementPages {

    /**
     * The largest evidence file taken from the page: under the server's default 1 MiB body, with
     * room for the form's other fields. The round's quota bounds an agreement's files together.
     */
    static final int MAX_FILE_BYTES = 900 * 1024;

    private final WebUseCases.Agreements uses;
    private final Templates templates;
    private final PageReads reads;

    AgreementPages(WebUseCases.Agreements uses, PageReads reads, Templates templates) {
        this.uses = uses;
        this.templates = templates;
        this.reads = reads;
    }

    void declare(List<Route> routes) {
        routes.add(new Route("GET", "/agreements", Access.SIGNED_IN, this::mine));
        routes.add(new Route("POST", "/agreements/copies", Access.SIGNED_IN, this::copy));
        routes.add(new Route("GET", "/agreements/{id}", Access.SIGNED_IN, this::show));
        routes.add(new Route("GET", "/agreements/{id}/items/{item}/level", Access.SIGNED_IN, this::level));
        routes.add(new Route("GET", "/agreements/{id}/evidence/{sha}", Access.SIGNED_IN, this::evidence));
        routes.add(new Route("GET", "/agreements/{id}/print/{form}", Access.SIGNED_IN, this::print));
        routes.add(new Route("GET", "/agreements/{id}/pdf/{form}", Access.SIGNED_IN, this::pdf));
        routes.add(new Route("POST", "/agreements/{id}/signature", Access.SIGNED_IN, this::sign));
        routes.add(new Route("POST", "/agreements/{id}/results", Access.SIGNED_IN, this::results));
        routes.add(new Route("POST", "/agreements/{id}/self-assessment", Access.SIGNED_IN, this::submit));
        routes.add(new Route("POST", "/agreements/{id}/evaluation", Access.SIGNED_IN, this::evaluate));
        routes.add(new Route("POST", "/agreements/{id}/acknowledgement", Access.SIGNED_IN, this::acknowledge));
        routes.add(new Route("POST", "/agreements/{id}/refusal", Access.SIGNED_IN, this::refuse));
        routes.add(new Route("POST", "/agreements/{id}/review", Access.SIGNED_IN, this::review));
        routes.add(new Route("POST", "/agreements/{id}/closure", Access.SIGNED_IN, this::close));
        routes.add(new Route("POST", "/agreements/{id}/reopening", Access.SIGNED_IN, this::reopen));
    }

    // ---------------------------------------------------------------- reading

    private void mine(Call call) {
        Screen s = new Screen(call, templates);
        List<AgreementView.Line> lines = new ArrayList<>();
        Optional<AgreementView.CopyOffer> copy = Optional.empty();
        if (s.me().isPresent()) {
            List<Round> rounds = reads.newestFirst();
            for (Round r : rounds) {
                for (Agreement a : uses.agreements().ofAppraisee(r.id(), s.me().get())) {
                    lines.add(reads.line(s.text, a, r));
                }
            }
            if (!rounds.isEmpty() && uses.agreements().ofAppraisee(rounds.get(0).id(), s.me().get()).isEmpty()) {
                Round newest = rounds.get(0);
                copy = reads.earlierWithAgreement(s.me().get(), newest).map(from -> new AgreementView.CopyOffer(s.me().get().value(),
                        newest.id().value(), s.text.text(newest.id().value()), s.text.text(from.id().value())));
            }
        }
        s.page("agreements.jte", Screen.params("frame", s.frame("ข้อตกลงของฉัน", "agreements"), "lines", lines,
                "person", s.me().map(id -> person(id).name()).orElse(s.principal().username()), "copy", copy.orElse(null)));
    }

    /** Last round's agreement of the person posted, copied into the round posted as a draft; then the draft. */
    private void copy(Call call) {
        Screen s = new Screen(call, templates);
        PersonId person = new PersonId(s.required("person", "whose agreement to copy"));
        if (!call.visibility().sees(person)) {
            throw Call.hidden("person.not-found", "person " + person.value());
        }
        RoundId round = new RoundId(s.required("round", "the round to copy into"));
        CopiedAgreement copied = uses.copyAgreement().copy(new CopyAgreementCommand(person, round, s.principal().acting()));
        s.seeOther("/agreements/" + copied.draft().value() + "?done=copied&from=" + copied.source().value()
                + (copied.adjustmentsLeftOut().isEmpty() ? "" : "&left-out=" + Screen.encode(String.join(",", copied.adjustmentsLeftOut()))));
    }

    private void show(Call call) {
        Screen s = new Screen(call, templates);
        Agreement a = visible(call);
        AgreementView view = view(s, a);
        s.page("agreement.jte", Screen.params("frame", s.frame("ข้อตกลง " + a.id().value(), "agreements"), "a", view));
    }

    private AgreementView view(Screen s, Agreement a) {
        FormText t = s.text;
        AgreementForm form = uses.documents().agreementForm(a.id(), t);
        Map<String, AgreementForm.Row> rows = new LinkedHashMap<>();
        for (AgreementForm.Section section : form.sections()) {
            for (AgreementForm.Row row : section.rows()) {
                rows.put(row.code(), row);
            }
        }
        Optional<AgreementScore> score = Optional.empty();
        try {
            score = Optional.of(uses.scoreAgreement().score(a.id()));
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.UNAVAILABLE) {
                throw e; // the store's fault, not the rubric's: the page says so rather than show no levels
            }
            // shown without levels
        }
        Map<ItemId, ItemScore> scored = score.map(sc -> sc.items().stream().collect(Collectors.toMap(ItemScore::item,
                Function.identity()))).orElse(Map.of());
        List<AgreementView.ItemView> items = new ArrayList<>();
        AgreementView.Actions can = actions(s, a);
        boolean editing = can.edit();
        for (Item item : a.items()) {
            Indicator indicator = uses.indicators().indicator(item.indicator());
            Optional<ItemResult> result = a.result(item.id());
            List<AgreementView.FactInput> facts = new ArrayList<>();
            Set<String> judgements = judgements(item, indicator);
            Facts judged = a.evaluationOf(item.id()).map(ItemEvaluation::judgements).orElse(Facts.NONE);
            for (FactDeclaration f : indicator.facts()) {
                boolean judgement = judgements.contains(f.name());
                Optional<FactValue> v = judgement ? judged.get(f.name()) : result.flatMap(r -> r.facts().get(f.name()));
                facts.add(new AgreementView.FactInput(f.name(), f.label(), f.unit(), f.type().name(), v.map(AgreementPages::typed).orElse(""),
                        v.filter(x -> x instanceof FactValue.Completion).flatMap(x -> ((FactValue.Completion) x).on())
                                .map(Object::toString).orElse(""), v.map(x -> shown(t, x)).orElse(""), judgement));
            }
            List<AgreementView.EvidenceView> evidence = result.map(r -> r.evidence().stream().map(e -> evidenceView(t, a, e))
                    .collect(Collectors.toList())).orElse(List.of());
            ItemScore is = scored.get(item.id());
            Optional<ItemEvaluation> ev = a.evaluationOf(item.id());
            AgreementForm.Row row = rows.get(item.indicator().code());
            items.add(new AgreementView.ItemView(item.id().value(), row, FormText.sectionTitle(item.section()),
                    item.parent().map(p -> "ถ่ายทอดจากข้อตกลง " + p.agreement().value() + " ตัวชี้วัด " + p.item().value()).orElse(""),
                    facts, evidence, is == null ? "" : t.number(is.level()), is == null ? "" : t.figure(is.score()),
                    ev.flatMap(ItemEvaluation::override).map(o -> String.valueOf(o.level())).orElse(""),
                    ev.flatMap(ItemEvaluation::override).map(LevelOverride::reason).orElse(""), ev.map(ItemEvaluation::comment).orElse(""),
                    editing ? editItem(a, item, indicator) : null));
        }
        Person evaluatorPerson = person(a.evaluator());
        Person appraiseePerson = person(a.appraisee());
        List<AgreementView.CompetencyInput> competencies = new ArrayList<>();
        if (can.evaluate()) {
            for (ExpectedCompetency c : uses.competencies().competencies(a.id())) {
                competencies.add(new AgreementView.CompetencyInput(c.competency().code(), c.competency().thaiName(),
                        c.competency().management(), c.expectedLevel().isPresent() ? t.number(c.expectedLevel().getAsInt()) : "",
                        a.competencies().flatMap(x -> x.level(c.competency().code())).map(String::valueOf).orElse("")));
            }
        }
        List<AgreementView.Option> witnesses = can.refuse() ? witnesses(a, appraiseePerson, evaluatorPerson) : List.of();
        AgreementView.Editor editor = null;
        if (can.edit()) {
            editor = editor(t, a, items);
        }
        List<String> signatures = a.signatures().stream().map(x -> signature(t, x)).collect(Collectors.toList());
        List<String> events = uses.agreements().history(a.id()).stream().map(e -> event(t, e)).collect(Collectors.toList());
        return new AgreementView(a.id().value(), FormText.status(a.status()), a.version(), form.header().round(), appraiseePerson.name(),
                appraiseePerson.position() + " " + unitName(appraiseePerson), evaluatorPerson.name(), form.totalWeight(),
                score.map(x -> t.figure(x.achievement())).orElse(""),
                score.flatMap(AgreementScore::finalScore).map(f -> t.figure(f.total())).orElse(""),
                score.flatMap(AgreementScore::finalScore).map(f -> f.rating().name()).orElse(""), items, signatures, events, can,
                competencies, witnesses, editor, form);
    }

    /**
     * What the viewer may do now: the acts the domain's authority allows them on this agreement (status, their part in
     * it, the round), so the page offers exactly what a post would be let through. Signing once is the aggregate's rule.
     */
    private AgreementView.Actions actions(Screen s, Agreement a) {
        Set<Act> acts = uses.authority().allowedActs(a.id(), s.principal().acting());
        boolean signedByMe = s.me().isPresent() && a.signatures().stream().anyMatch(x -> x.signer().equals(s.me().get()));
        return new AgreementView.Actions(acts.contains(Act.SIGN) && !signedByMe, acts.contains(Act.EDIT_DRAFT),
                acts.contains(Act.RECORD_RESULT), acts.contains(Act.SUBMIT), acts.contains(Act.EVALUATE), acts.contains(Act.ACKNOWLEDGE),
                acts.contains(Act.RECORD_REFUSAL), acts.contains(Act.REVIEW), acts.contains(Act.CLOSE), acts.contains(Act.REOPEN));
    }

    /** Who may witness a refusal: the people of the appraisee's and the evaluator's offices, neither party, by name. */
    private List<AgreementView.Option> witnesses(Agreement a, Person appraisee, Person evaluator) {
        List<Person> people = new ArrayList<>(uses.org().peopleIn(appraisee.unit()));
        if (!evaluator.unit().equals(appraisee.unit())) {
            people.addAll(uses.org().peopleIn(evaluator.unit()));
        }
        return people.stream().filter(p -> !p.id().equals(a.appraisee()) && !p.id().equals(a.evaluator()))
                .sorted(Comparator.comparing(Person::name))
                .map(p -> new AgreementView.Option(p.id().value(), p.name() + " — " + p.position(), false)).collect(Collectors.toList());
    }

    /** The draft's editor: the weights' sum, the indicators that may be added, the evaluator's items to link to. */
    private AgreementView.Editor editor(FormText t, Agreement a, List<AgreementView.ItemView> items) {
        Set<String> codes = a.items().stream().map(i -> i.indicator().code()).collect(Collectors.toSet());
        List<AgreementView.Option> addable = uses.indicators().latestIndicators().stream()
                .filter(i -> !codes.contains(i.ref().code())).sorted(Comparator.comparing((Indicator i) -> i.ref().code().length())
                        .thenComparing(i -> i.ref().code()))
                .map(i -> new AgreementView.Option(i.ref().code(), i.ref().code() + " " + i.title(), false)).collect(Collectors.toList());
        List<AgreementView.Option> sections = new ArrayList<>();
        for (Section section : Section.values()) {
            sections.add(new AgreementView.Option(section.name(), FormText.sectionTitle(section), false));
        }
        return new AgreementView.Editor(t.figure(a.totalWeight()), a.totalWeight().compareTo(new BigDecimal("100")) == 0, addable,
                sections, parentOptions(a, Optional.empty()));
    }

    /** The items of the evaluator's own agreements in the round, as links an item may take ({@code AG-1/T1}). */
    private List<AgreementView.Option> parentOptions(Agreement a, Optional<ItemRef> current) {
        List<AgreementView.Option> out = new ArrayList<>();
        for (Agreement parent : uses.agreements().ofAppraisee(a.round(), a.evaluator())) {
            for (Item i : parent.items()) {
                ItemRef ref = new ItemRef(parent.id(), i.id());
                out.add(new AgreementView.Option(ref.toString(), i.indicator().code() + " "
                        + uses.indicators().indicator(i.indicator()).title() + " (" + parent.id().value() + ")", current.equals(Optional.of(ref))));
            }
        }
        return out;
    }

    /** An item in the editor: its weight, its link, and per level the targets of the indicator's criterion with the values in force. */
    private AgreementView.EditItem editItem(Agreement a, Item item, Indicator indicator) {
        Map<String, String> labels = indicator.facts().stream().collect(Collectors.toMap(FactDeclaration::name, FactDeclaration::label));
        List<AgreementView.LevelTargets> levels = new ArrayList<>();
        for (int l = 1; l <= Level.COUNT; l++) {
            List<Targets.Target> own = Targets.of(indicator.level(l).criterion());
            List<Targets.Target> inForce = Targets.of(item.criterion(indicator, l));
            List<Targets.Target> shown = inForce.size() == own.size() ? inForce : own;
            List<AgreementView.TargetInput> inputs = new ArrayList<>();
            for (int k = 0; k < shown.size(); k++) {
                Targets.Target target = shown.get(k);
                inputs.add(new AgreementView.TargetInput(labels.getOrDefault(target.fact(), target.fact()), comparison(target.comparison()),
                        target.value(), target.date(), !target.value().equals(own.get(k).value())));
            }
            levels.add(new AgreementView.LevelTargets(l, indicator.level(l).text(), inputs));
        }
        return new AgreementView.EditItem(item.weight().toPlainString(), parentOptions(a, item.parent()), levels, item.adjustmentReason());
    }

    /** How a target is compared, as the form reads it. */
    private static String comparison(String symbol) {
        switch (symbol) {
            case ">=": return "ไม่น้อยกว่า";
            case ">": return "มากกว่า";
            case "<=": return "ไม่เกิน";
            case "<": return "น้อยกว่า";
            default: return "ภายในวันที่";
        }
    }

    private String signature(FormText t, Signature sig) {
        return (sig.role().name().equals("APPRAISEE") ? "ผู้รับการประเมิน " : "ผู้ประเมิน ") + person(sig.signer()).name() + " — "
                + t.date(sig.at());
    }

    private String event(FormText t, DomainEvent e) {
        return t.date(e.at()) + " · " + e.type() + " · " + e.actor().value();
    }

    /** The facts of an item only its evaluator answers (its levels' judgements, as the agreement holds them): not the appraisee's to report. */
    private static Set<String> judgements(Item item, Indicator indicator) {
        List<Criterion> levels = new ArrayList<>();
        for (int l = 1; l <= Level.COUNT; l++) {
            levels.add(item.criterion(indicator, l));
        }
        return Criterion.judgementFactsOf(levels);
    }

    /** A fact as the page reads it out: a number as the form prints it, yes/no and done/not done in Thai, a step's date in the Buddhist era. */
    private static String shown(FormText t, FactValue v) {
        if (v instanceof FactValue.Quantity q) {
            return t.plain(q.value());
        }
        if (v instanceof FactValue.Flag f) {
            return f.value() ? "ใช่" : "ไม่ใช่";
        }
        if (v instanceof FactValue.Completion c) {
            return c.done() ? "ทำแล้ว" + c.on().map(d -> " เมื่อ " + t.date(d)).orElse("") : "ยังไม่ทำ";
        }
        return ((FactValue.Choice) v).value();
    }

    /** A fact as a person would type it again. */
    private static String typed(FactValue v) {
        if (v instanceof FactValue.Quantity) {
            return ((FactValue.Quantity) v).value().toPlainString();
        }
        if (v instanceof FactValue.Flag) {
            return ((FactValue.Flag) v).value() ? "yes" : "no";
        }
        if (v instanceof FactValue.Completion) {
            return ((FactValue.Completion) v).done() ? "done" : "not-done";
        }
        return ((FactValue.Choice) v).value();
    }

    /** The level an item gets with the facts typed so far: the domain's scorer, nothing stored. */
    private void level(Call call) {
        Agreement a = visible(call);
        Screen s = new Screen(call, templates);
        Item item = a.findItem(new ItemId(call.path("item"))).orElseThrow(() -> Call.hidden("agreement.item-not-found",
                "item " + call.path("item")));
        Indicator indicator = uses.indicators().indicator(item.indicator());
        LevelPreview preview;
        try {
            Facts typed = facts(indicator, name -> Optional.ofNullable(call.context().queryParam("f." + name)),
                    name -> Optional.ofNullable(call.context().queryParam("d." + name)));
            IndicatorScore score = uses.scoreAgreement().preview(a.id(), item.id(), typed);
            preview = new LevelPreview(s.text.number(score.level()), s.text.figure(score.score()), null);
        } catch (DomainException e) {
            preview = new LevelPreview(null, null, e.getMessage());
        }
        call.json(200, preview);
    }

    /** What the page's script shows beside an item as facts are typed: the level and score, or why there is none (written by the one JSON mapping). */
    record LevelPreview(String level, String score, String error) {
    }

    /** The facts typed for an indicator: blank ones left out; a step is done/not-done with the date it was done. */
    static Facts facts(Indicator indicator, Function<String, Optional<String>> values, Function<String, Optional<String>> dates) {
        Map<String, FactValue> out = new LinkedHashMap<>();
        for (FactDeclaration f : indicator.facts()) {
            Optional<String> v = values.apply(f.name()).map(String::strip).filter(x -> !x.isEmpty());
            if (v.isEmpty()) {
                continue;
            }
            String text = v.get();
            if (f.type() == FactType.STEP && text.equals("done")) {
                Optional<String> date = dates.apply(f.name()).map(String::strip).filter(x -> !x.isEmpty());
                if (date.isPresent()) {
                    text = "done " + date.get();
                }
            }
            out.put(f.name(), f.parse(text));
        }
        return Facts.of(out);
    }

    /** A file of this agreement's evidence, through this agreement only (as the API's download). */
    private void evidence(Call call) {
        Agreement a = visible(call);
        String sha = call.path("sha");
        EvidenceDownload file = uses.evidence().evidenceFile(a.id(), sha).orElseThrow(() ->
                Call.hidden("evidence.not-found", "evidence " + sha));
        call.download(file.file().name(), file.file().mediaType(), file.content());
    }

    /** A file: its size, type and the start of its SHA-256, downloaded through this agreement; a link: its address. */
    private static AgreementView.EvidenceView evidenceView(FormText t, Agreement a, EvidenceRef e) {
        if (e instanceof EvidenceRef.File f) {
            return new AgreementView.EvidenceView(f.name(), t.number(f.sizeBytes()) + " ไบต์ · " + f.mediaType() + " · SHA-256 "
                    + f.sha256().substring(0, 12) + "…", "/agreements/" + a.id().value() + "/evidence/" + f.sha256(), false);
        }
        return new AgreementView.EvidenceView(e.name(), "ลิงก์ · " + e.uri(), e.uri(), true);
    }

    private void print(Call call) {
        Agreement a = visible(call);
        Screen s = new Screen(call, templates);
        if (call.path("form").equals("summary")) {
            SummaryForm form = uses.documents().summaryForm(a.id(), s.text);
            s.page("summary-form.jte", Screen.params("frame", s.frame(form.title(), "agreements"), "form", form, "id", a.id().value()));
        } else {
            AgreementForm form = uses.documents().agreementForm(a.id(), s.text);
            s.page("agreement-form.jte", Screen.params("frame", s.frame(form.title(), "agreements"), "form", form, "id", a.id().value()));
        }
    }

    private void pdf(Call call) throws IOException {
        Agreement a = visible(call);
        Screen s = new Screen(call, templates);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FormPdf printer = new FormPdf(s.text);
        boolean summary = call.path("form").equals("summary");
        if (summary) {
            printer.write(uses.documents().summaryForm(a.id(), s.text), out);
        } else {
            printer.write(uses.documents().agreementForm(a.id(), s.text), out);
        }
        call.context().status(200).contentType("application/pdf").header("Content-Disposition", "attachment; filename=\""
                + a.id().value() + (summary ? "-summary" : "-agreement") + ".pdf\"").result(out.toByteArray());
    }

    // ---------------------------------------------------------------- changing

    private AgreementChange change(Screen s, Agreement a) {
        return AgreementChange.at(a.id(), s.principal().acting(), s.version());
    }

    /** A one-form step on the agreement in the path: the change (with the version the form was drawn at), then back to the agreement. */
    private void step(Call call, String what, BiConsumer<Screen, AgreementChange> action) {
        Screen s = new Screen(call, templates);
        Agreement a = visible(call);
        action.accept(s, change(s, a));
        done(s, a, what);
    }

    private void done(Screen s, Agreement a, String what) {
        s.seeOther("/agreements/" + a.id().value() + "?done=" + what);
    }

    private void sign(Call call) {
        step(call, "signed", (s, change) -> uses.sign().sign(new SignAgreementCommand(change)));
    }

    /** Every item with something typed or a file attached, in one change; files are kept only once the form is read whole. */
    private void results(Call call) throws IOException {
        Screen s = new Screen(call, templates);
        Agreement a = visible(call);
        AgreementChange change = change(s, a);
        List<RecordResultsCommand.Result> results = new ArrayList<>();
        Map<ItemId, List<UploadedFile>> uploads = new LinkedHashMap<>();
        for (Item item : a.items()) {
            Indicator indicator = uses.indicators().indicator(item.indicator());
            String prefix = item.id().value() + ".";
            Set<String> judgements = judgements(item, indicator);
            Facts facts = facts(indicator, n -> judgements.contains(n) ? Optional.empty() : s.field("f." + prefix + n),
                    n -> s.field("d." + prefix + n));
            List<UploadedFile> files = s.files("e." + item.id().value()).stream().filter(f -> f.size() > 0).collect(Collectors.toList());
            if (facts.isEmpty() && files.isEmpty()) {
                continue;
            }
            uploads.put(item.id(), files);
            results.add(new RecordResultsCommand.Result(item.id(), facts, ImmutableList.of()));
        }
        if (results.isEmpty()) {
            throw DomainException.invalid("web.nothing-typed", "type a result or attach a file for at least one item", "results");
        }
        List<RecordResultsCommand.Result> withEvidence = new ArrayList<>();
        for (RecordResultsCommand.Result r : results) {
            List<EvidenceRef> evidence = a.result(r.item()).map(ItemResult::evidence).orElse(ImmutableList.of());
            ImmutableList.Builder<EvidenceUpload> files = ImmutableList.builder();
            for (UploadedFile f : uploads.get(r.item())) {
                try (InputStream in = f.content()) {
                    byte[] bytes = in.readNBytes(MAX_FILE_BYTES + 1);
                    if (bytes.length > MAX_FILE_BYTES) {
                        throw DomainException.invalid("evidence.too-large", "the evidence file '" + f.filename() + "' has more than "
                                + MAX_FILE_BYTES + " bytes; at most " + MAX_FILE_BYTES + " are accepted from this page", "evidence");
                    }
                    files.add(EvidenceUpload.of(f.filename(), bytes));
                }
            }
            Facts facts = r.facts().isEmpty() ? a.result(r.item()).map(ItemResult::facts).orElse(Facts.NONE) : r.facts();
            withEvidence.add(new RecordResultsCommand.Result(r.item(), facts, ImmutableList.copyOf(evidence), files.build()));
        }
        uses.recordResult().recordAll(new RecordResultsCommand(change, ImmutableList.copyOf(withEvidence)));
        done(s, a, "results");
    }

    private void submit(Call call) {
        step(call, "submitted", (s, change) -> uses.submit().submit(new SubmitSelfAssessmentCommand(change)));
    }

    /**
     * Per item the evaluator's answers to its judgements ({@code j.ITEM.FACT}; none answered keeps the earlier ones), an
     * optional override (its reason required by the domain) and a comment; the competencies' levels.
     */
    private void evaluate(Call call) {
        Screen s = new Screen(call, templates);
        Agreement a = visible(call);
        AgreementChange change = change(s, a);
        ImmutableMap.Builder<ItemId, ItemEvaluation> items = ImmutableMap.builder();
        for (Item item : a.items()) {
            String id = item.id().value();
            Indicator indicator = uses.indicators().indicator(item.indicator());
            Set<String> judgements = judgements(item, indicator);
            Facts answered = facts(indicator, n -> judgements.contains(n) ? s.field("j." + id + "." + n) : Optional.empty(),
                    n -> Optional.empty());
            Facts judged = answered.isEmpty() ? a.evaluationOf(item.id()).map(ItemEvaluation::judgements).orElse(Facts.NONE) : answered;
            Optional<LevelOverride> override = s.field("o." + id).map(level -> new LevelOverride(integer(level, "o." + id),
                    s.field("r." + id).orElse("")));
            items.put(item.id(), new ItemEvaluation(judged, override, s.field("c." + id).orElse("")));
        }
        Map<String, Integer> levels = new LinkedHashMap<>();
        for (Competency c : Competency.values()) {
            s.field("k." + c.code()).ifPresent(v -> levels.put(c.code(), integer(v, "k." + c.code())));
        }
        uses.evaluate().evaluate(new EvaluateAgreementCommand(change, items.build(), CompetencyAssessment.of(levels)));
        done(s, a, "evaluated");
    }

    private static int integer(String text, String field) {
        try {
            return Integer.parseInt(appraisal.domain.model.thai.ThaiDigits.toArabic(text).strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("web.not-a-whole-number", "'" + text + "' is not a whole number", field);
        }
    }

    private void acknowledge(Call call) {
        step(call, "acknowledged", (s, change) -> uses.acknowledge().acknowledge(new AcknowledgeCommand(change)));
    }

    private void refuse(Call call) {
        Screen s = new Screen(call, templates);
        Agreement a = visible(call);
        PersonId witness = new PersonId(s.required("witness", "the witness's person id"));
        if (!call.visibility().sees(witness) && !uses.org().people().stream().anyMatch(p -> p.id().equals(witness))) {
            throw Call.hidden("person.not-found", "person " + witness.value());
        }
        uses.acknowledge().recordRefusal(new RecordRefusalCommand(change(s, a), witness, s.field("note").orElse("")));
        done(s, a, "refused");
    }

    private void review(Call call) {
        step(call, "reviewed", (s, change) -> uses.review().review(new ReviewAgreementCommand(change, s.field("opinion").orElse(""))));
    }

    private void close(Call call) {
        step(call, "closed", (s, change) -> uses.close().close(new CloseAgreementCommand(change)));
    }

    private void reopen(Call call) {
        step(call, "reopened", (s, change) -> uses.reopen().reopen(new ReopenAgreementCommand(change, s.field("reason").orElse(""))));
    }

    // ---------------------------------------------------------------- shared

    Agreement visible(Call call) {
        return call.visibleAgreement(uses.agreements());
    }

    private Person person(PersonId id) {
        return reads.person(id);
    }

    private String unitName(Person p) {
        return reads.unitName(p);
    }
}
