package appraisal.domain.port.in.round;

import appraisal.domain.model.round.RoundId;

/** Opens an appraisal round with its deadlines and scoring scheme. Refused if it is already open. */
public interface OpenRoundUseCase {

    RoundId open(OpenRoundCommand command);
}
