package appraisal.domain.port.in.cascade;

import appraisal.domain.model.compliance.OfficeCompliance;
import appraisal.domain.model.compliance.PersonCompliance;
import appraisal.domain.model.round.RoundId;
import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/** Who is late against a round's deadlines on {@code asOf}, per person and summed up per office. */
public record ComplianceReport(RoundId round, LocalDate asOf, ImmutableList<PersonCompliance> people,
                               ImmutableList<OfficeCompliance> offices) {

    /** The people with at least one deadline missed (done late, or not done past the due date). */
    public ImmutableList<PersonCompliance> late() {
        return people.stream().filter(p -> !p.late().isEmpty()).collect(ImmutableList.toImmutableList());
    }
}
