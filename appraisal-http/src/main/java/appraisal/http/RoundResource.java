package appraisal.http;

import static appraisal.http.ApiServer.BASE;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementScore;
import appraisal.domain.model.compliance.OfficeCompliance;
import appraisal.domain.model.compliance.PersonCompliance;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.cascade.ComplianceReport;
import appraisal.domain.port.in.round.OpenRoundCommand;
import appraisal.domain.port.in.scoring.RoundScores;
import appraisal.interchange.ParsedTree;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Rounds (deadlines, scheme) in the interchange format, and a round's scores and deadline compliance. */
final class RoundResource {

    private final ApiUseCases.Rounds uses;

    RoundResource(ApiUseCases.Rounds uses) {
        this.uses = uses;
    }

    void declare(List<Route> routes) {
        routes.add(new Route("GET", BASE + "/rounds", Access.SIGNED_IN, this::rounds));
        routes.add(new Route("POST", BASE + "/rounds", Access.ADMIN, this::open));
        routes.add(new Route("GET", BASE + "/rounds/{id}", Access.SIGNED_IN, this::round));
        routes.add(new Route("GET", BASE + "/rounds/{id}/scores", Access.SIGNED_IN, this::scores));
        routes.add(new Route("GET", BASE + "/rounds/{id}/compliance", Access.SIGNED_IN, this::compliance));
    }

    private void rounds(Call call) {
        call.json(200, call.page(uses.rounds().rounds().stream().map(r -> call.raw(uses.roundCodec().write(r)))
                .collect(Collectors.toList())));
    }

    private void round(Call call) {
        call.tree(200, uses.roundCodec().write(uses.rounds().round(new RoundId(call.path("id")))));
    }

    private void open(Call call) {
        ParsedTree parsed = call.tree();
        Round round;
        try {
            round = uses.roundCodec().read(parsed.tree());
        } catch (DomainException e) {
            throw Call.located(parsed, e);
        }
        RoundId id = uses.openRound().open(new OpenRoundCommand(round, call.principal().actor()));
        call.context().header("Location", BASE + "/rounds/" + id.value());
        call.tree(201, uses.roundCodec().write(uses.rounds().round(id)));
    }

    private void scores(Call call) {
        RoundId id = new RoundId(call.path("id"));
        uses.rounds().round(id);
        Set<AgreementId> visible = visibleAgreements(call, id);
        RoundScores scores = uses.scoreRound().score(id);
        List<Views.Score> shown = scores.scores().stream().filter(s -> visible.contains(s.agreement()))
                .map(AgreementResource::view).collect(Collectors.toList());
        Map<String, String> unscored = new LinkedHashMap<>();
        scores.unscored().forEach((a, why) -> {
            if (visible.contains(a)) {
                unscored.put(a.value(), why);
            }
        });
        call.json(200, new Views.RoundScores(id.value(), call.page(shown), unscored));
    }

    private Set<AgreementId> visibleAgreements(Call call, RoundId id) {
        return uses.agreements().inRound(id).stream().filter(a -> call.visibility().sees(a.appraisee())).map(Agreement::id)
                .collect(Collectors.toSet());
    }

    /** The whole organisation for an administrator; anyone else names a unit they see. */
    private void compliance(Call call) {
        RoundId id = new RoundId(call.path("id"));
        Optional<OrgUnitId> unit = call.query("unit").map(OrgUnitId::new);
        if (unit.isEmpty() && !call.visibility().all()) {
            throw new ApiProblem(403, "access.scope-required", "name the unit to follow (?unit=…); only an administrator "
                    + "sees the whole organisation", "unit");
        }
        if (unit.isPresent() && !call.visibility().seesUnit(unit.get())) {
            throw Call.hidden("org.unit-not-found", "unit " + unit.get().value());
        }
        uses.rounds().round(id);
        ComplianceReport report = uses.compliance().compliance(id, unit);
        List<Views.PersonCompliance> people = report.people().stream().map(RoundResource::view).collect(Collectors.toList());
        List<Views.OfficeCompliance> offices = report.offices().stream().map(RoundResource::view).collect(Collectors.toList());
        call.json(200, new Views.Compliance(id.value(), report.asOf(), call.page(people), offices));
    }

    private static Views.PersonCompliance view(PersonCompliance p) {
        return new Views.PersonCompliance(p.person().id().value(), p.person().name(), p.office().value(),
                p.agreement().map(AgreementId::value), p.evaluator().map(PersonId::value),
                p.checks().stream().map(c -> new Views.DeadlineCheck(OrgResource.name(c.kind()), c.label(), c.due(),
                        OrgResource.name(c.standing()), c.doneOn(), c.days())).collect(Collectors.toList()));
    }

    private static Views.OfficeCompliance view(OfficeCompliance o) {
        Map<String, Views.Tally> by = new LinkedHashMap<>();
        o.byDeadline().forEach((k, t) -> by.put(OrgResource.name(k), new Views.Tally(t.onTime(), t.doneLate(), t.late(), t.pending())));
        return new Views.OfficeCompliance(o.office().value(), o.people(), by);
    }

    static List<Views.Score> views(List<AgreementScore> scores) {
        return scores.stream().map(AgreementResource::view).collect(Collectors.toList());
    }
}
