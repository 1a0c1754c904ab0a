package appraisal.domain.model.shared;

import java.util.Collection;

/** Guards for constructors of value records: each failure is an {@code INVALID} domain exception. */
public final class Require {

    private Require() {
    }

    public static <T> T present(T value, String field) {
        if (value == null) {
            throw DomainException.invalid("value.missing", field + " is required", field);
        }
        return value;
    }

    public static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("value.missing", field + " must not be empty", field);
        }
        return value.strip();
    }

    public static <C extends Collection<?>> C nonEmpty(C values, String field) {
        if (values == null || values.isEmpty()) {
            throw DomainException.invalid("value.missing", field + " must not be empty", field);
        }
        return values;
    }

    public static void that(boolean condition, String code, String message, String field) {
        if (!condition) {
            throw DomainException.invalid(code, message, field);
        }
    }
}
