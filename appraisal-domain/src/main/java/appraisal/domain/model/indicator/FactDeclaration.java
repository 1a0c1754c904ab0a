package appraisal.domain.model.indicator;

import appraisal.domain.model.shared.Require;
import java.util.Objects;
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
}
