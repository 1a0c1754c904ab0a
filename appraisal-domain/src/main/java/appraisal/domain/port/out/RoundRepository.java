package appraisal.domain.port.out;

import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundId;
import java.util.List;
import java.util.Optional;

/** Stores rounds with their deadlines and scoring scheme. */
public interface RoundRepository {

    /** Inserts a round, or replaces the round with the same id. */
    void save(Round round);

    Optional<Round> find(RoundId id);

    /** Every round, newest fiscal year and round first. */
    List<Round> all();
}
