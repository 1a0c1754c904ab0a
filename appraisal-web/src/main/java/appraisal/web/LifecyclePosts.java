package appraisal.web;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.CompetencyAssessment;
import appraisal.domain.model.agreement.EvidenceRef;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemEvaluation;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemResult;
import appraisal.domain.model.agreement.LevelOverride;
import appraisal.domain.model.competency.Competency;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.evidence.EvidenceUpload;
import appraisal.domain.port.in.lifecycle.AcknowledgeCommand;
import appraisal.domain.port.in.lifecycle.CloseAgreementCommand;
import appraisal.domain.port.in.lifecycle.EvaluateAgreementCommand;
import appraisal.domain.port.in.lifecycle.RecordRefusalCommand;
import appraisal.domain.port.in.lifecycle.RecordResultsCommand;
import appraisal.domain.port.in.lifecycle.ReopenAgreementCommand;
import appraisal.domain.port.in.lifecycle.ReviewAgreementCommand;
import appraisal.domain.port.in.lifecycle.SignAgreementCommand;
import appraisal.domain.port.in.lifecycle.SubmitSelfAssessmentCommand;
import appraisal.http.Access;
import appraisal.http.Call;
import appraisal.http.Route;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The agreement page's forms that change it, one per act of the lifecycle: sign, report results
 * with evidence files, submit, evaluate, acknowledge or refuse with a witness, review, close,
 * reopen. Each goes through its {@code port.in} use case at the version the form was drawn from,
 * then back to the agreement.
 */
final class LifecyclePosts {

    /**
     * The largest evidence file taken from the page: under the server's default 1 MiB body, with
     * room for the form's other fields. The round's quota bounds an agreement's files together.
     */
    static final int MAX_FILE_BYTES = 900 * 1024;

    private final WebUseCases.Lifecycle uses;
    private final Templates templates;

    LifecyclePosts(WebUseCases.Lifecycle uses, Templates templates) {
        this.uses = uses;
        this.templates = templates;
    }

    void declare(List<Route> routes) {
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
            Set<String> judgements = FactForm.judgements(item, indicator);
            Facts facts = FactForm.facts(indicator, n -> judgements.contains(n) ? Optional.empty() : s.field("f." + prefix + n),
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
            Set<String> judgements = FactForm.judgements(item, indicator);
            Facts answered = FactForm.facts(indicator, n -> judgements.contains(n) ? s.field("j." + id + "." + n) : Optional.empty(),
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

    private Agreement visible(Call call) {
        return call.visibleAgreement(uses.agreements());
    }
}
