package appraisal.http;

import io.javalin.http.Context;
import java.util.List;

/**
 * Pages served by another adapter beside the API, on the same server and the same sign-in: their
 * routes are wrapped exactly as the API's (session cookie with the CSRF token on every change, or
 * a bearer token; the route's {@link Access}), and their refusals are answered by the pages, as
 * HTML, instead of as problem documents. Paths outside {@link ApiServer#BASE} belong to the pages.
 */
public interface Pages {

    /** No pages: the API alone. */
    Pages NONE = new Pages() {
        @Override
        public void declare(List<Route> routes) {
        }

        @Override
        public void refuse(Context ctx, Refusal refusal) {
            throw new IllegalStateException("no pages to refuse " + refusal.code());
        }
    };

    /** Adds the pages' routes. */
    void declare(List<Route> routes);

    /** Answers a refusal of a request outside the API (status already decided; the Thai text from the catalogue). */
    void refuse(Context ctx, Refusal refusal);

    /** Why a request was refused: the same status, stable code and texts the API would answer. */
    record Refusal(int status, String code, String detail, String thai, String field) {
    }
}
