package appraisal.interchange;

import java.util.Locale;

/** The two text syntaxes of the interchange format. */
public enum Syntax {
    JSON,
    YAML;

    /** The syntax a file name implies: {@code .json} is JSON, anything else (.yaml, .yml, stdin) YAML. */
    public static Syntax ofFileName(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
    }
}
