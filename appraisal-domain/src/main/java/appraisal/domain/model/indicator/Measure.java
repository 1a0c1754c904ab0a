package appraisal.domain.model.indicator;

import appraisal.domain.model.criterion.Direction;
import java.util.Objects;

/** What an indicator measures: its unit (e.g. {@code %}, {@code ข่าว/เดือน}) and which way is better. */
public record Measure(String unit, Direction direction) {

    public Measure {
        unit = unit == null ? "" : unit.strip();
        Objects.requireNonNull(direction, "direction");
    }
}
