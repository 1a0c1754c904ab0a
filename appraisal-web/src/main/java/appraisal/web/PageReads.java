package appraisal.web;

import appraisal.documents.FormText;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementScore;
import appraisal.domain.model.access.Visibility;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.http.Call;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What several pages read through the queries: a person, their unit's name, the rounds newest first, the round asked for, a line of a list. */
final class PageReads {

    private final WebUseCases.Reads uses;

    PageReads(WebUseCases.Reads uses) {
        this.uses = uses;
    }

    Person person(PersonId id) {
        return uses.org().person(id);
    }

    String unitName(Person p) {
        return uses.org().units().stream().filter(u -> u.id().equals(p.unit())).findFirst().map(u -> u.name()).orElse(p.unit().value());
    }

    List<Round> newestFirst() {
        return uses.rounds().rounds().stream().sorted(Comparator.comparing(Round::start).reversed()).collect(Collectors.toList());
    }

    /** The round named by the query's {@code round}, else the newest. */
    Round round(Call call) {
        Optional<String> asked = call.query("round");
        if (asked.isPresent()) {
            return uses.rounds().round(new RoundId(asked.get()));
        }
        return newestFirst().stream().findFirst().orElseThrow(() -> DomainException.notFound("round.not-found",
                "no round is open yet; an administrator opens one"));
    }

    /** The agreement in a list: who, where, the status and, once it can be scored, the achievement and rating. */
    AgreementView.Line line(FormText t, Agreement a, Round r) {
        Person p = person(a.appraisee());
        String achievement = "";
        String rating = "";
        try {
            AgreementScore score = uses.scoreAgreement().score(a.id());
            achievement = t.figure(score.achievement());
            rating = score.finalScore().map(f -> f.rating().name()).orElse("");
        } catch (DomainException e) {
            // an agreement that cannot be scored yet is listed without a score
        }
        return new AgreementView.Line(a.id().value(), t.text(r.id().value()), p.id().value(), p.name(), unitName(p),
                FormText.status(a.status()), achievement, rating);
    }

    /**
     * The latest round before {@code round} in which {@code person} has an agreement, if any: where "copy last round's
     * agreement" would copy from (the use case decides; this only says whether to offer it).
     */
    Optional<Round> earlierWithAgreement(PersonId person, Round round) {
        return newestFirst().stream().filter(r -> r.start().isBefore(round.start()))
                .filter(r -> !uses.agreements().ofAppraisee(r.id(), person).isEmpty()).findFirst();
    }

    /** The units the viewer may broadcast from: those they see (head, or above) that have offices under them. */
    List<OrgUnit> broadcastUnits(Call call) {
        Visibility sees = call.visibility();
        List<OrgUnit> units = uses.org().units();
        Set<OrgUnitId> parentsOfOffices = units.stream().filter(u -> u.kind() != OrgUnitKind.WORK_GROUP)
                .flatMap(u -> u.parent().stream()).collect(Collectors.toSet());
        return units.stream().filter(u -> parentsOfOffices.contains(u.id()) && sees.seesUnit(u.id())).collect(Collectors.toList());
    }
}
