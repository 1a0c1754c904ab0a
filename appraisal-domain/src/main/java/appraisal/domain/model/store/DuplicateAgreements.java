package appraisal.domain.model.store;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.OneAgreementPerRound;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Finds what breaks the rule of one agreement per person per round ({@link OneAgreementPerRound})
 * in a store made before it: from the store's listing alone, so even a quick check finds them. Each
 * person with several agreements in a round is one {@code agreement.duplicate-in-round} problem
 * naming the person, the round and the agreements, which to keep (the one furthest along, then the
 * most changed, then the first by id: withdrawing the others is then always allowed) and the
 * command that withdraws the others.
 */
public final class DuplicateAgreements {

    private DuplicateAgreements() {
    }

    /**
     * The problems of {@code listed}; {@code load} gives a person's agreements in a round, to say
     * which one to keep (it may fail: the problem then names the agreements without advice).
     */
    public static ImmutableList<IntegrityProblem> find(List<StoredAgreement> listed, BiFunction<RoundId, PersonId, List<Agreement>> load) {
        Map<RoundId, Map<PersonId, List<StoredAgreement>>> byRound = new LinkedHashMap<>();
        for (StoredAgreement s : listed) {
            byRound.computeIfAbsent(s.round(), r -> new LinkedHashMap<>()).computeIfAbsent(s.appraisee(), p -> new ArrayList<>()).add(s);
        }
        ImmutableList.Builder<IntegrityProblem> problems = ImmutableList.builder();
        byRound.forEach((round, people) -> people.forEach((person, theirs) -> {
            if (theirs.size() > 1) {
                problems.add(problem(round, person, theirs, loaded(round, person, load)));
            }
        }));
        return problems.build();
    }

    private static Optional<List<Agreement>> loaded(RoundId round, PersonId person, BiFunction<RoundId, PersonId, List<Agreement>> load) {
        try {
            return Optional.of(load.apply(round, person));
        } catch (RuntimeException e) {
            // One that does not load is reported as unreadable by the full check; here only the advice is lost.
            return Optional.empty();
        }
    }

    private static IntegrityProblem problem(RoundId round, PersonId person, List<StoredAgreement> listed, Optional<List<Agreement>> loaded) {
        String head = person + " has " + listed.size() + " agreements in round " + round + " where one is allowed";
        if (loaded.isEmpty() || loaded.get().size() != listed.size()) {
            return new IntegrityProblem(OneAgreementPerRound.DUPLICATE, person.value(), head + ": "
                    + listed.stream().map(s -> s.id().value()).collect(Collectors.joining(", ")) + "; keep one and withdraw the "
                    + "others with: appraisal agreement withdraw AGREEMENT --reason TEXT");
        }
        List<Agreement> theirs = loaded.get();
        Agreement keep = theirs.stream().max(Comparator.comparingInt((Agreement a) -> OneAgreementPerRound.progress(a.status()))
                .thenComparingLong(Agreement::version).thenComparing(a -> a.id().value(), Comparator.reverseOrder())).orElseThrow();
        String others = theirs.stream().filter(a -> a != keep).map(a -> a.id().value()).collect(Collectors.joining(" "));
        return new IntegrityProblem(OneAgreementPerRound.DUPLICATE, person.value(), head + ": "
                + theirs.stream().map(a -> a.id() + " (" + a.status() + ", version " + a.version() + ")").collect(Collectors.joining(", "))
                + "; keep " + keep.id() + " (the furthest along) and withdraw the others, each with: appraisal agreement withdraw "
                + "AGREEMENT --reason TEXT (" + others + ")");
    }
}
