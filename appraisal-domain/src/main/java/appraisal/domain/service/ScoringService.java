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
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.scoring.IndicatorScore;
import appraisal.domain.model.scoring.IndicatorScorer;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.RoundScores;
import appraisal.domain.port.in.ScoreAgreementUseCase;
import appraisal.domain.port.in.ScoreRoundUseCase;
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
import java.util.stream.IntStream;

/** Scores agreements from their stored facts under their round's scheme; reads only. */
public final class ScoringService implements ScoreAgreementUseCase, ScoreRoundUseCase {

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

    /**
     * Agreements are scored in parallel (scoring is pure and each agreement is scored on its own):
     * the ports are asked for everything first, on this thread, since a store may bind its
     * transaction to the calling thread; the scores come out in the round's order as before.
     */
    @Override
    public RoundScores score(RoundId roundId) {
        Round round = round(roundId);
        AgreementScorer scorer = new AgreementScorer(round.scheme());
        Map<appraisal.domain.model.org.PersonId, Person> everyone = new HashMap<>();
        people.all().forEach(p -> everyone.put(p.id(), p));
        List<Agreement> all = agreements.inRound(roundId);
        // Thousands of agreements share a dozen indicator versions: look each up once. Everyone appraised was read
        // in one query rather than one query per agreement (a department's round has ten thousand).
        Map<IndicatorRef, Optional<Indicator>> used = new HashMap<>();
        Map<appraisal.domain.model.org.PersonId, Optional<Person>> appraisees = new HashMap<>();
        for (Agreement agreement : all) {
            agreement.items().forEach(item -> used.computeIfAbsent(item.indicator(), indicators::find));
            appraisees.computeIfAbsent(agreement.appraisee(), id -> Optional.ofNullable(everyone.get(id)).or(() -> people.find(id)));
        }
        Object[] outcomes = new Object[all.size()];
        IntStream.range(0, all.size()).parallel().forEach(i -> outcomes[i] = outcome(scorer, all.get(i), used, appraisees));
        List<AgreementScore> scores = new ArrayList<>();
        Map<AgreementId, String> unscored = new LinkedHashMap<>();
        for (int i = 0; i < outcomes.length; i++) {
            if (outcomes[i] instanceof AgreementScore score) {
                scores.add(score);
                continue;
            }
            DomainException e = (DomainException) outcomes[i];
            if (e.kind() == DomainException.Kind.CONFLICT) {
                throw e;
            }
            unscored.put(all.get(i).id(), e.code() + ": " + e.getMessage());
        }
        return new RoundScores(roundId, ImmutableList.copyOf(scores), ImmutableMap.copyOf(unscored));
    }

    /** An agreement's score, or the refusal that leaves it unscored. */
    private static Object outcome(AgreementScorer scorer, Agreement agreement, Map<IndicatorRef, Optional<Indicator>> indicators,
                                  Map<appraisal.domain.model.org.PersonId, Optional<Person>> appraisees) {
        try {
            Person appraisee = appraisees.get(agreement.appraisee()).orElseThrow(() -> DomainException.notFound("person.not-found",
                    "appraisee " + agreement.appraisee() + " of agreement " + agreement.id() + " is not registered"));
            return scorer.score(agreement, ref -> indicators.getOrDefault(ref, Optional.empty()), appraisee);
        } catch (DomainException e) {
            return e;
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
