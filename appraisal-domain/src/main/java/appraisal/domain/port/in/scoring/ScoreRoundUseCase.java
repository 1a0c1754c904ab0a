package appraisal.domain.port.in.scoring;

import appraisal.domain.model.round.RoundId;

/** Scores every agreement of a round; drafts whose weights are not yet 100 are listed as unscored. */
public interface ScoreRoundUseCase {

    RoundScores score(RoundId round);
}
