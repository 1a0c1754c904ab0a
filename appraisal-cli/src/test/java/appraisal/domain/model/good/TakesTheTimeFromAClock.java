package appraisal.domain.model.good;

import java.time.Clock;
import java.time.LocalDate;

/** The way rules 1 and 8 want it: the clock comes in, so a test can fix it. */
public final class TakesTheTimeFromAClock {

    private final Clock clock;

    public TakesTheTimeFromAClock(Clock clock) {
        this.clock = clock;
    }

    public boolean isLate(LocalDate due) {
        return LocalDate.now(clock).isAfter(due);
    }
}
