package appraisal.domain.model.compliance;

import appraisal.domain.model.round.Deadline;
import appraisal.domain.model.round.DeadlineKind;
import appraisal.domain.model.shared.Require;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * One person against one deadline on day {@code asOf}. Dates are local dates in the round's time
 * zone, and the due date is the last day allowed: done on the due date is on time.
 *
 * <p>{@code days} reads with the standing: for {@link Standing#DONE_LATE} the days between the due
 * date and the day it was done; for {@link Standing#LATE} the days between the due date and
 * {@code asOf}; for {@link Standing#PENDING} the days left until the due date (0 on the day
 * itself); for {@link Standing#ON_TIME} 0.
 */
public record DeadlineCheck(DeadlineKind kind, String label, LocalDate due, Standing standing, Optional<LocalDate> doneOn,
                            long days) {

    public DeadlineCheck {
        Require.present(kind, "kind");
        Require.present(due, "due");
        Require.present(standing, "standing");
        Require.present(doneOn, "doneOn");
    }

    /**
     * @param doneOn when the step was first done, if ever; a day after {@code asOf} does not count
     *               yet, so the check reads as it did on {@code asOf}
     */
    public static DeadlineCheck of(Deadline deadline, Optional<LocalDate> doneOn, LocalDate asOf) {
        LocalDate due = deadline.due();
        doneOn = doneOn.filter(d -> !d.isAfter(asOf));
        if (doneOn.isPresent()) {
            long late = ChronoUnit.DAYS.between(due, doneOn.get());
            return late > 0
                    ? new DeadlineCheck(deadline.kind(), deadline.label(), due, Standing.DONE_LATE, doneOn, late)
                    : new DeadlineCheck(deadline.kind(), deadline.label(), due, Standing.ON_TIME, doneOn, 0);
        }
        long late = ChronoUnit.DAYS.between(due, asOf);
        return late > 0
                ? new DeadlineCheck(deadline.kind(), deadline.label(), due, Standing.LATE, doneOn, late)
                : new DeadlineCheck(deadline.kind(), deadline.label(), due, Standing.PENDING, doneOn, -late);
    }
}
