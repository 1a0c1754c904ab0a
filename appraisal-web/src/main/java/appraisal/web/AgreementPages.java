package appraisal.web;

import appraisal.documents.AgreementForm;
import appraisal.documents.SummaryForm;
import appraisal.documents.pdf.FormPdf;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.scoring.IndicatorScore;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.CopiedAgreement;
import appraisal.domain.port.in.agreement.CopyAgreementCommand;
import appraisal.domain.port.in.evidence.EvidenceDownload;
import appraisal.http.Access;
import appraisal.http.Call;
import appraisal.http.Route;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * My agreements, one agreement (its view: {@link AgreementViewAssembler}), the level as it is typed,
 * evidence files, the printed forms as A4 pages and PDF, and last round's agreement copied as a
 * draft. The forms that change an agreement are {@link LifecyclePosts}.
 */
final class AgreementPages {

    private final WebUseCases.Agreements uses;
    private final Templates templates;
    private final PageReads reads;
    private final AgreementViewAssembler views;

    AgreementPages(WebUseCases.Agreements uses, PageReads reads, Templates templates) {
        this.uses = uses;
        this.templates = templates;
        this.reads = reads;
        this.views = new AgreementViewAssembler(uses, reads);
    }

    void declare(List<Route> routes) {
        routes.add(new Route("GET", "/agreements", Access.SIGNED_IN, this::mine));
        routes.add(new Route("POST", "/agreements/copies", Access.SIGNED_IN, this::copy));
        routes.add(new Route("GET", "/agreements/{id}", Access.SIGNED_IN, this::show));
        routes.add(new Route("GET", "/agreements/{id}/items/{item}/level", Access.SIGNED_IN, this::level));
        routes.add(new Route("GET", "/agreements/{id}/evidence/{sha}", Access.SIGNED_IN, this::evidence));
        routes.add(new Route("GET", "/agreements/{id}/print/{form}", Access.SIGNED_IN, this::print));
        routes.add(new Route("GET", "/agreements/{id}/pdf/{form}", Access.SIGNED_IN, this::pdf));
    }

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
        AgreementView view = views.view(s, a);
        s.page("agreement.jte", Screen.params("frame", s.frame("ข้อตกลง " + a.id().value(), "agreements"), "a", view));
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
            Facts typed = FactForm.facts(indicator, name -> Optional.ofNullable(call.context().queryParam("f." + name)),
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

    /** A file of this agreement's evidence, through this agreement only (as the API's download). */
    private void evidence(Call call) {
        Agreement a = visible(call);
        String sha = call.path("sha");
        EvidenceDownload file = uses.evidence().evidenceFile(a.id(), sha).orElseThrow(() ->
                Call.hidden("evidence.not-found", "evidence " + sha));
        call.download(file.file().name(), file.file().mediaType(), file.content());
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

    Agreement visible(Call call) {
        return call.visibleAgreement(uses.agreements());
    }

    private Person person(PersonId id) {
        return reads.person(id);
    }
}
