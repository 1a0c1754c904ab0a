package appraisal.domain.service;

import appraisal.domain.model.agreement.Act;
import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.port.in.task.Task;
import appraisal.domain.port.in.task.TaskQueries;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.OrgUnitRepository;
import appraisal.domain.port.out.PersonRepository;
import appraisal.domain.port.out.RoundRepository;
import com.google.common.collect.ImmutableList;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The queues of {@link TaskQueries}. An agreement waits for a person when the next step is theirs by
 * their part in it — the appraisee, the evaluator, or the evaluator's supervisor as reviewer — and the
 * authority allows them that step now; so nothing is queued that the page would not let them do, and a
 * head above, who may step in, is not handed everyone's work. Reads only.
 */
public final class TaskService implements TaskQueries {

    private final AgreementRepository agreements;
    private final PersonRepository people;
    private final Authorities authorities;

    public TaskService(AgreementRepository agreements, PersonRepository people, OrgUnitRepository units, RoundRepository rounds,
                       Clock clock) {
        this.agreements = agreements;
        this.people = people;
        this.authorities = new Authorities(people, units, rounds, clock);
    }

    @Override
    public ImmutableList<Task> awaiting(PersonId person, RoundId round) {
        // whom this person reviews for: the evaluators they supervise
        Set<PersonId> supervised = people.subordinates(person).stream().map(Person::id).collect(Collectors.toSet());
        // Only the agreements this person can have a step on: their own, those they evaluate (their staff's, as the
        // evaluator is always the supervisor) and those they review (their staff's staff's) — never the whole round.
        Set<PersonId> whose = new LinkedHashSet<>();
        whose.add(person);
        whose.addAll(supervised);
        supervised.forEach(s -> people.subordinates(s).forEach(p -> whose.add(p.id())));
        Actor actor = Actor.person(person);
        ImmutableList.Builder<Task> out = ImmutableList.builder();
        for (Agreement a : agreements.ofAppraisees(round, whose).values().stream().flatMap(List::stream).toList()) {
            boolean appraisee = a.appraisee().equals(person);
            boolean evaluator = a.evaluator().equals(person);
            boolean reviewer = !appraisee && !evaluator && supervised.contains(a.evaluator());
            if (appraisee || evaluator || reviewer) {
                step(a, person, appraisee, evaluator, reviewer, authorities.allowed(a, actor)).ifPresent(s -> out.add(new Task(a, s)));
            }
        }
        return out.build();
    }

    private static Optional<Task.Step> step(Agreement a, PersonId person, boolean appraisee, boolean evaluator, boolean reviewer,
                                            Set<Act> allowed) {
        if (allowed.contains(Act.SIGN) && a.signatures().stream().noneMatch(s -> s.signer().equals(person))) {
            return Optional.of(Task.Step.SIGN);
        }
        if (appraisee && allowed.contains(Act.SUBMIT)) {
            return Optional.of(Task.Step.REPORT);
        }
        if (allowed.contains(Act.EVALUATE)) {
            return Optional.of(Task.Step.EVALUATE);
        }
        if (allowed.contains(Act.ACKNOWLEDGE)) {
            return Optional.of(Task.Step.ACKNOWLEDGE);
        }
        if (allowed.contains(Act.REVIEW)) {
            return Optional.of(Task.Step.REVIEW);
        }
        // closing is the reviewer's once they have reviewed; the evaluator's where no review is needed
        boolean closer = a.status() == AgreementStatus.REVIEWED ? reviewer : evaluator;
        if (allowed.contains(Act.CLOSE) && closer) {
            return Optional.of(Task.Step.CLOSE);
        }
        return Optional.empty();
    }
}
