package appraisal.domain.service;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementScore;
import appraisal.domain.model.agreement.AgreementScorer;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.scoring.CompetencyMethod;
import appraisal.domain.model.scoring.CompetencyScorer;
import appraisal.domain.model.scoring.IndicatorScore;
import appraisal.domain.model.scoring.IndicatorScorer;
import appraisal.domain.model.scoring.ScoringScheme;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.scoring.CompetencyQueries;
import appraisal.domain.port.in.scoring.ExpectedCompetency;
import appraisal.domain.port.in.scoring.RoundScores;
import appraisal.domain.port.in.scoring.ScoreAgreementUseCase;
import appraisal.domain.port.in.scoring.ScoreRoundUseCase;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.IndicatorRepository;
import appraisal.domain.port.out.PersonRepository;
import appraisal.domain.port.out.RoundRepository;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Scores agreements from their stored facts under their round's scheme; reads only. */
public final class ScoringService implements ScoreAgreementUseCase, ScoreRoundUseCase, CompetencyQueries {

    private final AgreementRepository agreements;
    private final IndicatorRepository indicators;
    private final PersonRepository people;
    private final RoundRepository rounds;

    public ScoringService(AgreementRepository agreements, IndicatorRepository indicators, PersonRepository people,
                          RoundRepository rounds) {
        this.agreements = agreements;
        this.indicators = indicators;
        this.people = people;
        this.rounds = rounds;
    }

    @Override
    public AgreementScore score(AgreementId id) {
        Agreement agreement = agreements.find(id).orElseThrow(() -> DomainException.notFound("agreement.not-found",
                "agreement " + id + " does not exist"));
        Round round = round(agreement.round());
        return new AgreementScorer(round.scheme()).score(agreement, cached(new HashMap<>()), person(agreement));
    }

    @Override
    public IndicatorScore preview(AgreementId id, ItemId itemId, Facts typed) {
        Agreement agreement = agreements.find(id).orElseThrow(() -> DomainException.notFound("agreement.not-found",
                "agreement " + id + " does not exist"));
        Item item = agreement.findItem(itemId).orElseThrow(() -> DomainException.notFound("agreement.item-not-found",
                "agreement " + id + " has no item " + itemId));
        Indicator indicator = indicators.find(item.indicator()).orElseThrow(() -> DomainException.notFound("indicator.not-found",
                "indicator " + item.indicator() + " used by item " + itemId + " is not stored"));
        return new IndicatorScorer(round(agreement.round()).scheme())
                .score(indicator, ImmutableMap.copyOf(item.targetAdjustments()), agreement.factsFor(itemId).overlaidBy(typed));
    }

    @Override
    public ImmutableList<ExpectedCompetency> competencies(AgreementId id) {
        Agreement agreement = agreements.find(id).orElseThrow(() -> DomainException.notFound("agreement.not-found",
                "agreement " + id + " does not exist"));
        ScoringScheme scheme = round(agreement.round()).scheme();
        PositionLevel level = person(agreement).level();
        return CompetencyScorer.applicable(level).stream().map(c -> {
            Integer expected = (c.management() ? scheme.expectedManagementLevel() : scheme.expectedCoreLevel()).get(level);
            return new ExpectedCompetency(c, scheme.competencyMethod() == CompetencyMethod.GAP && expected != null
                    ? OptionalInt.of(expected) : OptionalInt.empty());
        }).collect(ImmutableList.toImmutableList());
    }

    /**
     * Each agreement is scored as the store hands it over ({@link AgreementRepository#mapInRound}),
     * perhaps on several threads, and only its score is kept: scoring is pure and every agreement is
     * scored on its own. So the ports are asked first, on this thread (a store may bind its
     * transaction to the calling thread): everyone's person, every indicator version the round
     * uses. An agreement that needs one not asked for (saved in between) is kept aside and scored
     * after, here. The scores come out in the round's order.
     */
    @Override
    public RoundScores score(RoundId roundId) {
        Round round = round(roundId);
        AgreementScorer scorer = new AgreementScorer(round.scheme());
        Map<PersonId, Optional<Person>> appraisees = new HashMap<>();
        people.all().forEach(p -> appraisees.put(p.id(), Optional.of(p)));
        Map<IndicatorRef, Optional<Indicator>> used = new HashMap<>();
        agreements.indicatorsInRound(roundId).forEach(ref -> used.put(ref, indicators.find(ref)));
        List<Outcome> outcomes = agreements.mapInRound(roundId, agreement -> Outcome.of(scorer, agreement, used, appraisees));
        List<AgreementScore> scores = new ArrayList<>(outcomes.size());
        Map<AgreementId, String> unscored = new LinkedHashMap<>();
        for (Outcome outcome : outcomes) {
            if (outcome.aside() != null) {
                Agreement agreement = outcome.aside();
                agreement.items().forEach(item -> used.computeIfAbsent(item.indicator(), indicators::find));
                appraisees.computeIfAbsent(agreement.appraisee(), people::find);
                outcome = Outcome.of(scorer, agreement, used, appraisees);
            }
            if (outcome.score() != null) {
                scores.add(outcome.score());
                continue;
            }
            if (outcome.refusal().kind() == DomainException.Kind.CONFLICT) {
                throw outcome.refusal();
            }
            unscored.put(outcome.id(), outcome.refusal().code() + ": " + outcome.refusal().getMessage());
        }
        return new RoundScores(roundId, ImmutableList.copyOf(scores), ImmutableMap.copyOf(unscored));
    }

    /**
     * What became of one agreement of a round: its score, the refusal that leaves it unscored, or
     * itself, set aside because it needs a person or indicator that was not looked up before.
     */
    private record Outcome(AgreementId id, AgreementScore score, DomainException refusal, Agreement aside) {

        static Outcome of(AgreementScorer scorer, Agreement agreement, Map<IndicatorRef, Optional<Indicator>> indicators,
                          Map<PersonId, Optional<Person>> appraisees) {
            Optional<Person> appraisee = appraisees.get(agreement.appraisee());
            if (appraisee == null || agreement.items().stream().anyMatch(item -> !indicators.containsKey(item.indicator()))) {
                return new Outcome(agreement.id(), null, null, agreement);
            }
            try {
                Person person = appraisee.orElseThrow(() -> DomainException.notFound("person.not-found",
                        "appraisee " + agreement.appraisee() + " of agreement " + agreement.id() + " is not registered"));
                return new Outcome(agreement.id(), scorer.score(agreement, ref -> indicators.getOrDefault(ref, Optional.empty()), person),
                        null, null);
            } catch (DomainException e) {
                return new Outcome(agreement.id(), null, e, null);
            }
        }
    }

    private java.util.function.Function<IndicatorRef, Optional<Indicator>> cached(Map<IndicatorRef, Optional<Indicator>> cache) {
        return ref -> cache.computeIfAbsent(ref, indicators::find);
    }

    private Round round(RoundId id) {
        return rounds.find(id).orElseThrow(() -> DomainException.notFound("round.not-found", "round " + id + " is not open"));
    }

    private Person person(Agreement agreement) {
        return people.find(agreement.appraisee()).orElseThrow(() -> DomainException.notFound("person.not-found",
                "appraisee " + agreement.appraisee() + " of agreement " + agreement.id() + " is not registered"));
    }
}
