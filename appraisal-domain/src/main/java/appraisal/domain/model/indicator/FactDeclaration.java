package appraisal.domain.model.indicator;

import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.shared.Require;
import appraisal.domain.model.thai.BuddhistDates;
import appraisal.domain.model.thai.ThaiDigits;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** A fact an indicator's criteria read, with the label people see when they report it. */
public record FactDeclaration(String name, FactType type, String label, String unit) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.]*");

    public FactDeclaration {
        name = Require.text(name, "name");
        Require.that(NAME.matcher(name).matches(), "fact.bad-name",
                "fact name '" + name + "' must be lower case letters, digits, '_' or '.', starting with a letter", "name");
        Objects.requireNonNull(type, "type");
        label = Require.text(label, "label");
        unit = unit == null ? "" : unit.strip();
    }

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "ใช่", "มี");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "ไม่ใช่", "ไม่มี");
    private static final Set<String> DONE = Set.of("done", "yes", "true", "ทำแล้ว", "เสร็จ", "เสร็จแล้ว");
    private static final Set<String> NOT_DONE = Set.of("not-done", "no", "false", "ยังไม่ทำ", "ไม่ได้ทำ", "ยังไม่เสร็จ");

    /**
     * Reads a value typed by a person (CLI, CSV, web form) as this fact's type: a number with
     * Thai or Arabic digits ({@code 96.5}, {@code ๙๖.๕}, {@code 96.5%}); yes/no ({@code yes},
     * {@code ใช่}, {@code no}); a step ({@code done}, {@code done 30/08/2565}, a date alone meaning
     * done that day, {@code not-done}); or a choice (any text).
     */
    public FactValue parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw bad(text, "an empty value");
        }
        String lower = t.toLowerCase(Locale.ROOT);
        switch (type) {
            case NUMBER:
                try {
                    return FactValue.of(ThaiDigits.parseDecimal(t.endsWith("%") ? t.substring(0, t.length() - 1) : t));
                } catch (DomainException e) {
                    throw bad(text, "a number such as 96.5 or ๙๖.๕");
                }
            case FLAG:
                if (YES.contains(lower)) {
                    return FactValue.flag(true);
                } else if (NO.contains(lower)) {
                    return FactValue.flag(false);
                }
                throw bad(text, "yes or no (ใช่ / ไม่ใช่)");
            case STEP:
                if (NOT_DONE.contains(lower)) {
                    return FactValue.Completion.notDone();
                }
                if (DONE.contains(lower)) {
                    return FactValue.Completion.doneUndated();
                }
                String date = lower.startsWith("done") ? t.substring(4).replaceFirst("^[\\s@:]+", "") : t;
                try {
                    LocalDate on = BuddhistDates.parse(date);
                    return new FactValue.Completion(true, Optional.of(on));
                } catch (DomainException e) {
                    throw bad(text, "done, not-done, or done with its date (done 30/08/2565)");
                }
            default:
                return new FactValue.Choice(t);
        }
    }

    private DomainException bad(String text, String expected) {
        return DomainException.invalid("fact.bad-value",
                "'" + text + "' is not a value of " + name + " (" + label + "); write " + expected, name);
    }
}
