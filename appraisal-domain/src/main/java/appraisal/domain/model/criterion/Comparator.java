package appraisal.domain.model.criterion;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/** The comparison of a threshold: measured value {@code op} target. */
public enum Comparator {
    AT_LEAST(">=", Direction.HIGHER_IS_BETTER),
    MORE_THAN(">", Direction.HIGHER_IS_BETTER),
    AT_MOST("<=", Direction.LOWER_IS_BETTER),
    LESS_THAN("<", Direction.LOWER_IS_BETTER);

    private final String symbol;
    private final Direction direction;

    Comparator(String symbol, Direction direction) {
        this.symbol = symbol;
        this.direction = direction;
    }

    public String symbol() {
        return symbol;
    }

    /** The direction in which a value makes this comparison easier to meet. */
    public Direction direction() {
        return direction;
    }

    public boolean holds(BigDecimal value, BigDecimal target) {
        int c = value.compareTo(target);
        return switch (this) {
            case AT_LEAST -> c >= 0;
            case MORE_THAN -> c > 0;
            case AT_MOST -> c <= 0;
            case LESS_THAN -> c < 0;
        };
    }

    public static Optional<Comparator> ofSymbol(String symbol) {
        return Arrays.stream(values()).filter(c -> c.symbol.equals(symbol)).findFirst();
    }
}
