package appraisal.cli;

import appraisal.domain.model.thai.ThaiDigits;

/**
 * One {@code NAME=VALUE} argument as typed on the command line ({@code --item T1=15},
 * {@code budget.disbursed_pct=96.5}, {@code --competency core.service=3}). Split at the first
 * {@code =}, so a value may itself contain one.
 */
record Assignment(String name, String value) {

    /** Splits {@code text}; a usage error naming {@code what} when it is not NAME=VALUE. */
    static Assignment of(String text, String what) {
        int eq = text.indexOf('=');
        if (eq <= 0 || text.substring(0, eq).isBlank() || text.substring(eq + 1).isBlank()) {
            throw new CliException(ExitCode.USAGE, what + " expects NAME=VALUE, not '" + text + "'");
        }
        return new Assignment(text.substring(0, eq).strip(), text.substring(eq + 1).strip());
    }

    /** A whole number typed with Arabic or Thai digits, such as a level ({@code 3}, {@code ๓}). */
    static int wholeNumber(String text, String what) {
        try {
            return Integer.parseInt(ThaiDigits.toArabic(text.strip()));
        } catch (NumberFormatException e) {
            throw new CliException(ExitCode.USAGE, what + " must be a whole number, not '" + text + "'");
        }
    }
}
