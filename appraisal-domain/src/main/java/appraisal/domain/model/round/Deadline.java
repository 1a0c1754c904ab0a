package appraisal.domain.model.round;

import appraisal.domain.model.shared.Require;
import java.time.LocalDate;

/** A dated milestone of a round; deadlines are data, set per round. */
public record Deadline(DeadlineKind kind, LocalDate due, String label) {

    public Deadline {
        Require.present(kind, "kind");
        Require.present(due, "due");
        label = Require.text(label, "label");
    }
}
