package appraisal.domain.service;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.port.in.Task;
import appraisal.domain.port.in.TaskQueries;
import appraisal.domain.port.out.AgreementRepository;
import appraisal.domain.port.out.PersonRepository;
import com.google.common.collect.ImmutableList;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The queues of {@link TaskQueries}: from each agreement's status and the org chart — the parties,
 * and the evaluator's supervisor as the reviewer. Reads only.
 */
public final class TaskService implements TaskQueries {

    private final AgreementRepository agreements;
    private final PersonRepository people;

    public TaskService(AgreementRepository agreements, PersonRepository people) {
        this.agreements = agreements;
        this.people = people;
    }

    @Override
    public ImmutableList<Task> awaiting(PersonId person, RoundId round) {
        // whom this person reviews for: the evaluators they supervise
        Set<PersonId> supervised = people.subordinates(person).stream().map(Person::id).collect(Collectors.toSet());
        ImmutableList.Builder<Task> out = ImmutableList.builder();
        for (Agreement a : agreements.inRound(round)) {
            step(a, person, supervised.contains(a.evaluator())).ifPresent(step -> out.add(new Task(a, step)));
        }
        return out.build();
    }

    private static Optional<Task.Step> step(Agreement a, PersonId person, boolean reviewer) {
        boolean appraisee = a.appraisee().equals(person);
        boolean evaluator = a.evaluator().equals(person);
        AgreementStatus status = a.status();
        if (status == AgreementStatus.DRAFT && (appraisee || evaluator)
                && a.signatures().stream().noneMatch(s -> s.signer().equals(person))) {
            return Optional.of(Task.Step.SIGN);
        }
        if ((status == AgreementStatus.AGREED || status == AgreementStatus.REOPENED) && appraisee) {
            return Optional.of(Task.Step.REPORT);
        }
        if ((status == AgreementStatus.SELF_ASSESSED || status == AgreementStatus.REOPENED) && evaluator) {
            return Optional.of(Task.Step.EVALUATE);
        }
        if (status == AgreementStatus.EVALUATED && appraisee) {
            return Optional.of(Task.Step.ACKNOWLEDGE);
        }
        if ((status == AgreementStatus.ACKNOWLEDGED || status == AgreementStatus.REFUSED) && reviewer) {
            return Optional.of(Task.Step.REVIEW);
        }
        if (status == AgreementStatus.REVIEWED && reviewer) {
            return Optional.of(Task.Step.CLOSE);
        }
        return Optional.empty();
    }
}
