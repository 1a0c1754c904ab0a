package appraisal.domain.model.bad;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;

/** Breaks rule 8 on purpose: domain code that reads the system clock. Only ever imported alone. */
public final class ReadsTheWallClock {

    public boolean isLate(LocalDate due) {
        return Instant.now().isAfter(due.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
    }

    public Supplier<LocalDate> today() {
        return LocalDate::now;
    }
}
