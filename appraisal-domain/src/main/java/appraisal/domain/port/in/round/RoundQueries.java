package appraisal.domain.port.in.round;

import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import java.util.List;

/** Read-only views of rounds. */
public interface RoundQueries {

    /** The round, or a {@code NOT_FOUND} refusal naming it. */
    Round round(RoundId id);

    /** Every round, newest first. */
    List<Round> rounds();
}
