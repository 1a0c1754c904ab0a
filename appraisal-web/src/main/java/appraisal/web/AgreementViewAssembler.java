package appraisal.web;

import appraisal.documents.AgreementForm;
import appraisal.documents.FormText;
import appraisal.domain.model.agreement.Act;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementScore;
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
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.Targets;
import appraisal.domain.model.indicator.FactDeclaration;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Level;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.scoring.ExpectedCompetency;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One agreement as its page shows it: the printed form's rows, each item's facts, evidence, level
 * and score, the evaluator's answers, what the viewer may do now (the acts the domain's authority
 * allows), the draft's editor, signatures and history.
 */
final class AgreementViewAssembler {

    private final WebUseCases.Agreements uses;
    private final PageReads reads;

    AgreementViewAssembler(WebUseCases.Agreements uses, PageReads reads) {
        this.uses = uses;
        this.reads = reads;
    }

    AgreementView view(Screen s, Agreement a) {
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
            Set<String> judgements = FactForm.judgements(item, indicator);
            Facts judged = a.evaluationOf(item.id()).map(ItemEvaluation::judgements).orElse(Facts.NONE);
            for (FactDeclaration f : indicator.facts()) {
                boolean judgement = judgements.contains(f.name());
                Optional<FactValue> v = judgement ? judged.get(f.name()) : result.flatMap(r -> r.facts().get(f.name()));
                facts.add(new AgreementView.FactInput(f.name(), f.label(), f.unit(), f.type().name(), v.map(FactForm::typed).orElse(""),
                        v.filter(x -> x instanceof FactValue.Completion).flatMap(x -> ((FactValue.Completion) x).on())
                                .map(Object::toString).orElse(""), v.map(x -> FactForm.shown(t, x)).orElse(""), judgement));
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
                .filter(i -> !codes.contains(i.ref().code())).sorted(Comparator.comparing((Indicator i) -> i.ref().code(), IndicatorRef.CODE_ORDER))
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

    /** A file: its size, type and the start of its SHA-256, downloaded through this agreement; a link: its address. */
    private static AgreementView.EvidenceView evidenceView(FormText t, Agreement a, EvidenceRef e) {
        if (e instanceof EvidenceRef.File f) {
            return new AgreementView.EvidenceView(f.name(), t.number(f.sizeBytes()) + " ไบต์ · " + f.mediaType() + " · SHA-256 "
                    + f.sha256().substring(0, 12) + "…", "/agreements/" + a.id().value() + "/evidence/" + f.sha256(), false);
        }
        return new AgreementView.EvidenceView(e.name(), "ลิงก์ · " + e.uri(), e.uri(), true);
    }

    private Person person(PersonId id) {
        return reads.person(id);
    }

    private String unitName(Person p) {
        return reads.unitName(p);
    }
}
