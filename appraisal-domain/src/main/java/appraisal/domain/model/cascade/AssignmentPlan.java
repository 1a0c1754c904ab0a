package appraisal.domain.model.cascade;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who carries what of a head's agreement (the plan of a derive cascade): per person, the parent
 * items they carry and the individual indicators added for them, each with a weight or a share.
 * Read from YAML/CSV by the adapters through {@code AssignmentPlanCodec}.
 *
 * <p>Invariants: at least one assignment; each person appears once.
 */
public record AssignmentPlan(ImmutableList<Assignment> assignments) {

    public AssignmentPlan {
        Require.present(assignments, "assignments");
        Require.that(!assignments.isEmpty(), "plan.empty", "the plan assigns nothing to anybody", "assignments");
        Set<PersonId> people = new HashSet<>();
        for (int i = 0; i < assignments.size(); i++) {
            Require.that(people.add(assignments.get(i).person()), "plan.duplicate-person",
                    assignments.get(i).person() + " appears twice in the plan", "assignments/" + i + "/person");
        }
    }

    public Optional<Assignment> of(PersonId person) {
        return assignments.stream().filter(a -> a.person().equals(person)).findFirst();
    }
}
