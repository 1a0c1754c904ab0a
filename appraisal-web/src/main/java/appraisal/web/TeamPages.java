package appraisal.web;

import appraisal.documents.FormText;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.cascade.Assignment;
import appraisal.domain.model.cascade.AssignmentPlan;
import appraisal.domain.model.cascade.CarriedItem;
import appraisal.domain.model.cascade.CascadeOutcome;
import appraisal.domain.model.cascade.Portion;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.cascade.DeriveCascadeCommand;
import appraisal.domain.port.in.cascade.DeriveResult;
import appraisal.http.Access;
import appraisal.http.Call;
import appraisal.http.Route;
import appraisal.web.AgreementView.Option;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * "My team": an office head's staff in the round, with and without an agreement. The head derives
 * their staff's agreements from their own, choosing which items each person carries
 * ({@code DeriveCascadeUseCase}, what {@code cascade derive} does; the domain balances the weights to
 * 100), or copies a staff member's last-round agreement.
 */
final class TeamPages {

    private final WebUseCases.Team uses;
    private final Templates templates;
    private final PageReads reads;

    TeamPages(WebUseCases.Team uses, PageReads reads, Templates templates) {
        this.uses = uses;
        this.templates = templates;
        this.reads = reads;
    }

    void declare(List<Route> routes) {
        routes.add(new Route("GET", "/team", Access.SIGNED_IN, this::team));
        routes.add(new Route("POST", "/team/derivations", Access.SIGNED_IN, this::derive));
    }

    private void team(Call call) {
        Screen s = new Screen(call, templates);
        Round round = reads.round(call);
        List<AgreementView.Line> lines = new ArrayList<>();
        List<CascadeView.TeamMember> without = new ArrayList<>();
        CascadeView.Derive derive = null;
        Optional<PersonId> me = s.me();
        if (me.isPresent()) {
            List<Agreement> inRound = uses.agreements().inRound(round.id());
            inRound.stream().filter(a -> a.evaluator().equals(me.get())).sorted(Comparator.comparing(a -> a.appraisee().value()))
                    .forEach(a -> lines.add(reads.line(s.text, a, round)));
            List<Person> staff = uses.org().people().stream().filter(p -> p.supervisor().equals(me))
                    .sorted(Comparator.comparing(p -> p.id().value())).collect(Collectors.toList());
            for (Person p : staff) {
                if (inRound.stream().noneMatch(a -> a.appraisee().equals(p.id()))) {
                    Optional<Round> earlier = reads.earlierWithAgreement(p.id(), round);
                    without.add(new CascadeView.TeamMember(p.id().value(), p.name(), p.position(), earlier.map(r -> s.text.text(r.id().value()))
                            .orElse("")));
                }
            }
            List<Agreement> own = inRound.stream().filter(a -> a.appraisee().equals(me.get())).collect(Collectors.toList());
            if (own.size() == 1 && !staff.isEmpty()) {
                derive = deriveForm(own.get(0), staff, inRound);
            }
        }
        List<Option> rounds = reads.newestFirst().stream().map(r -> new Option(r.id().value(), s.text.text(r.id().value()),
                r.id().equals(round.id()))).collect(Collectors.toList());
        s.page("team.jte", Screen.params("frame", s.frame("ทีมของฉัน", "team"), "round", round.id().value(), "roundText",
                s.text.text(round.id().value()), "rounds", rounds, "lines", lines, "without", without, "derive", derive,
                "broadcasts", !reads.broadcastUnits(call).isEmpty()));
    }

    private CascadeView.Derive deriveForm(Agreement own, List<Person> staff, List<Agreement> inRound) {
        List<CascadeView.ParentItem> items = new ArrayList<>();
        for (Item i : own.items()) {
            items.add(new CascadeView.ParentItem(i.id().value(), i.indicator().code(), uses.indicators().indicator(i.indicator()).title(),
                    i.weight().toPlainString()));
        }
        List<CascadeView.StaffRow> rows = new ArrayList<>();
        for (Person p : staff) {
            Optional<Agreement> theirs = inRound.stream().filter(a -> a.appraisee().equals(p.id())).findFirst();
            List<Boolean> carries = new ArrayList<>();
            for (Item i : own.items()) {
                carries.add(theirs.filter(a -> a.parent().equals(Optional.of(own.id()))).map(a -> a.items().stream()
                        .anyMatch(c -> c.parent().map(ref -> ref.item().equals(i.id())).orElse(false))).orElse(false));
            }
            rows.add(new CascadeView.StaffRow(p.id().value(), p.name(), p.position(), theirs.map(a -> a.id().value()).orElse(""),
                    theirs.map(a -> FormText.status(a.status())).orElse(""), carries));
        }
        return new CascadeView.Derive(own.id().value(), FormText.status(own.status()), items, rows);
    }

    /**
     * The plan as ticked: per person ({@code carry.PERSON}) the parent items they carry, each with a share equal to its
     * weight on the head's agreement, so the domain's balancing keeps the head's proportions. People ticked for nothing
     * are left out.
     */
    private void derive(Call call) {
        Screen s = new Screen(call, templates);
        AgreementId parentId = new AgreementId(s.required("parent", "the agreement to derive from"));
        Agreement parent;
        try {
            parent = uses.agreements().show(parentId);
        } catch (DomainException e) {
            throw e.kind() == DomainException.Kind.NOT_FOUND ? Call.hidden("agreement.not-found", "agreement " + parentId.value()) : e;
        }
        if (!call.visibility().sees(parent.appraisee())) {
            throw Call.hidden("agreement.not-found", "agreement " + parentId.value());
        }
        List<Assignment> assignments = new ArrayList<>();
        for (String person : s.ctx().formParams("person")) {
            List<String> carried = s.ctx().formParams("carry." + person);
            if (carried.isEmpty()) {
                continue;
            }
            List<CarriedItem> carries = new ArrayList<>();
            for (String item : carried) {
                Item source = parent.findItem(new ItemId(item)).orElseThrow(() -> DomainException.invalid("web.bad-choice",
                        "'" + item + "' is not an item of agreement " + parentId.value(), "carry." + person));
                carries.add(new CarriedItem(source.id(), new Portion.Share(source.weight())));
            }
            assignments.add(new Assignment(new PersonId(person), ImmutableList.copyOf(carries), ImmutableList.of()));
        }
        if (assignments.isEmpty()) {
            throw DomainException.invalid("web.nothing-chosen", "tick at least one item for at least one person", "carry");
        }
        DeriveResult result = uses.derive().derive(new DeriveCascadeCommand(parentId, new AssignmentPlan(
                ImmutableList.copyOf(assignments)), s.principal().acting()));
        List<CascadeView.Entry> entries = new ArrayList<>();
        for (DeriveResult.Entry e : result.entries()) {
            Person p = reads.person(e.person());
            entries.add(new CascadeView.Entry(p.position(), p.name(), e.agreement().value(), CascadeView.outcome(e.outcome()),
                    e.weights().entrySet().stream().map(w -> w.getKey() + " " + s.text.figure(w.getValue())).collect(Collectors.joining(" · "))));
        }
        s.page("derived.jte", Screen.params("frame", s.frame("ถ่ายทอดตัวชี้วัดให้ผู้ใต้บังคับบัญชาแล้ว", "team"), "d",
                new CascadeView.Derived(parentId.value(), s.text.number(result.with(CascadeOutcome.DRAFTED).size()), entries)));
    }
}
