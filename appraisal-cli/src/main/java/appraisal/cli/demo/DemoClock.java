package appraisal.cli.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The demo's clock: it is set to the days of round 2 of fiscal year 2565 as the story unfolds, so
 * signatures, results and the audit trail carry the dates they would have had.
 */
public final class DemoClock extends Clock {

    public static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

    private Instant now;

    public DemoClock(LocalDate start) {
        set(start, 9);
    }

    /** Moves to {@code hour} o'clock, Bangkok time, on {@code date}. */
    public void set(LocalDate date, int hour) {
        now = date.atTime(hour, 0).atZone(BANGKOK).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return BANGKOK;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
