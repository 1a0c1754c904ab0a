package appraisal.http;

/** One endpoint: method, path (Javalin syntax, e.g. {@code /api/v1/agreements/{id}}), who may call it, and what it does. */
public record Route(String method, String path, Access access, Action action) {

    /** A route's handler, given the call with its principal already resolved. */
    @FunctionalInterface
    public interface Action {
        void handle(Call call) throws Exception;
    }

    public String key() {
        return method + " " + path;
    }
}
