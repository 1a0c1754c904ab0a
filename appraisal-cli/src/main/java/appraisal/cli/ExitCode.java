package appraisal.cli;

import appraisal.domain.model.shared.DomainException;

/**
 * The exit codes of every command, stable for scripts (README lists them).
 * 0 success; 1 findings, or a rule refused the action; 2 usage or input error; 3 not found;
 * 4 conflict (someone else changed it first); 5 I/O or database error (the database down, full or
 * read-only included: nothing was saved); 6 the database stopped answering while the change was
 * being committed, so it may or may not have been saved: look before running the command again.
 */
public enum ExitCode {
    OK(0),
    REFUSED(1),
    USAGE(2),
    NOT_FOUND(3),
    CONFLICT(4),
    IO(5),
    OUTCOME_UNKNOWN(6);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    static ExitCode of(DomainException e) {
        return switch (e.kind()) {
            case INVALID -> USAGE;
            case REFUSED, FORBIDDEN -> REFUSED;
            case NOT_FOUND -> NOT_FOUND;
            case CONFLICT -> CONFLICT;
            case UNAVAILABLE -> e.code().equals("store.commit-unknown") ? OUTCOME_UNKNOWN : IO;
        };
    }
}
