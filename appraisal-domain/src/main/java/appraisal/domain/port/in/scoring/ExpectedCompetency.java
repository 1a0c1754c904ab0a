package appraisal.domain.port.in.scoring;

import appraisal.domain.model.competency.Competency;
import appraisal.domain.model.shared.Require;
import java.util.OptionalInt;

/** A competency an evaluation assesses, with the level the scheme expects of the appraisee's position (gap method only). */
public record ExpectedCompetency(Competency competency, OptionalInt expectedLevel) {
    public ExpectedCompetency {
        Require.present(competency, "competency");
        Require.present(expectedLevel, "expectedLevel");
    }
}
