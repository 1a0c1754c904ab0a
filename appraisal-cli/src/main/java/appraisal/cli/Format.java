package appraisal.cli;

/** How a command prints what it found: for people, or stable for scripts. */
public enum Format {
    /** Aligned columns for a terminal; Thai digits when asked. */
    TABLE,
    /** JSON, stable field names, exact decimals, Arabic digits, ISO dates. */
    JSON,
    /** CSV with a header row, same fields and values as JSON. */
    CSV
}
