package appraisal.domain.port.in.scoring;

import appraisal.domain.model.agreement.AgreementId;
import com.google.common.collect.ImmutableList;

/** Which competencies an evaluation of an agreement assesses, as its round's scheme gives them for the appraisee's position. */
public interface CompetencyQueries {

    /**
     * The competencies the evaluator assesses on {@code agreement}: the core ones, plus the
     * management ones for a director's or executive's position, each with the level the round's
     * scheme expects of the position (gap method; empty under the rating method).
     */
    ImmutableList<ExpectedCompetency> competencies(AgreementId agreement);
}
