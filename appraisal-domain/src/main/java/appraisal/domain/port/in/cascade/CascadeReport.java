package appraisal.domain.port.in.cascade;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.cascade.CascadeAnalysis;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.round.RoundId;
import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The state of a cascade from one head's agreement: coverage, orphans and load ({@code analysis},
 * absent when the head has no agreement in the round yet) and the people of the head's office —
 * work groups included — who have no agreement at all in the round.
 */
public record CascadeReport(RoundId round, OrgUnitId office, Person head, Optional<AgreementId> parent,
                            Optional<CascadeAnalysis> analysis, ImmutableList<Person> withoutAgreement) {
}
