package appraisal.http;

/**
 * A refusal the HTTP layer itself makes (no or bad credentials, a missing If-Match, a body that
 * is not JSON, …), with its status and a stable code like the domain's.
 */
public final class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String field;

    public ApiProblem(int status, String code, String message, String field) {
        super(message);
        this.status = status;
        this.code = code;
        this.field = field == null ? "" : field;
    }

    public ApiProblem(int status, String code, String message) {
        this(status, code, message, "");
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }
}
