package appraisal.domain.port.in.task;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import com.google.common.collect.ImmutableList;

/** What awaits a person in a round: the agreements on which the next step is theirs. */
public interface TaskQueries {

    /**
     * The agreements of {@code round} on which {@code person} has a step to take now, in the
     * agreements' order: sign a draft they are a party to, report results on their agreed agreement,
     * evaluate an appraisee's self-assessment, acknowledge their evaluation, review an evaluation made
     * by someone they supervise, close a reviewed one.
     */
    ImmutableList<Task> awaiting(PersonId person, RoundId round);
}
