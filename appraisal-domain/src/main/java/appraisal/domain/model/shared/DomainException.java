package appraisal.domain.model.shared;

import java.util.Objects;

/**
 * The one exception the domain throws: a stable machine code, a kind that adapters map to an
 * exit code or HTTP status, a human message, and where the problem is (a field, a JSON pointer
 * or an item) when that is known.
 */
public final class DomainException extends RuntimeException {

    /** What sort of refusal this is; adapters map each kind to one exit code / status. */
    public enum Kind {
        /** The input is malformed: fix the input and try again. */
        INVALID,
        /** The input is well formed but a business rule refuses the action. */
        REFUSED,
        /** Something named by id does not exist. */
        NOT_FOUND,
        /** Someone else changed the thing first (stale version). */
        CONFLICT,
        /** The actor may not do this act on this thing (see {@code Authority}): ask who may. */
        FORBIDDEN,
        /**
         * Nothing is wrong with the request, but the store cannot take it now: unreachable, full,
         * read-only, busy — or it stopped answering while committing, so whether the change was
         * saved is unknown ({@code store.commit-unknown}). The store's adapter says which, and
         * whether anything was saved; try again once the store is back.
         */
        UNAVAILABLE
    }

    private static final long serialVersionUID = 1L;

    private final Kind kind;
    private final String code;
    private final String location;

    public DomainException(Kind kind, String code, String message, String location) {
        super(message);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.code = Objects.requireNonNull(code, "code");
        this.location = location == null ? "" : location;
    }

    public static DomainException invalid(String code, String message, String location) {
        return new DomainException(Kind.INVALID, code, message, location);
    }

    public static DomainException invalid(String code, String message) {
        return invalid(code, message, "");
    }

    public static DomainException refused(String code, String message) {
        return new DomainException(Kind.REFUSED, code, message, "");
    }

    public static DomainException notFound(String code, String message) {
        return new DomainException(Kind.NOT_FOUND, code, message, "");
    }

    public static DomainException forbidden(String code, String message) {
        return new DomainException(Kind.FORBIDDEN, code, message, "actor");
    }

    public static DomainException conflict(String code, String message) {
        return new DomainException(Kind.CONFLICT, code, message, "");
    }

    /** The store cannot take the request now ({@link Kind#UNAVAILABLE}); the message says whether anything was saved. */
    public static DomainException unavailable(String code, String message) {
        return new DomainException(Kind.UNAVAILABLE, code, message, "");
    }

    public Kind kind() {
        return kind;
    }

    /** Stable code such as {@code agreement.weights-not-100}; never reworded once published. */
    public String code() {
        return code;
    }

    /** Where the problem is (field, JSON pointer, item id), or empty. */
    public String location() {
        return location;
    }
}
