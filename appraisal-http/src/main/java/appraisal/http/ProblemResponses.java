package appraisal.http;

import static appraisal.http.ApiServer.BASE;

import appraisal.domain.model.shared.DomainException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Every failure as an answer: a domain refusal, the API's own, the framework's and the client's
 * mistakes as a problem document (RFC 9457) with a stable code, the status its kind says and the
 * Thai text of the catalogue; anything else is ours, logged, and a 500 without a stack trace. A
 * page's request is refused by the pages instead ({@link Pages#refuse}), in their own form.
 */
final class ProblemResponses {

    /** Set once a request is answered, so Javalin's 404 and 405 handlers do not answer it again. */
    private static final String ANSWERED = "appraisal.answered";

    /** Refusals that say who may act, not what state the thing is in: 403, not 409. */
    static final Set<String> PERMISSION_REFUSALS = Set.of("access.denied", "agreement.not-a-party", "agreement.not-the-appraisee",
            "agreement.not-the-evaluator", "agreement.reviewer-not-supervisor", "agreement.evaluator-not-supervisor",
            "cascade.not-a-subordinate", "cascade.parent-not-of-head");

    private final ProblemCatalogue catalogue;
    private final JsonBodies json;
    private final Pages pages;
    private final long maxBodyBytes;
    private final Consumer<String> log;

    ProblemResponses(ProblemCatalogue catalogue, JsonBodies json, Pages pages, long maxBodyBytes, Consumer<String> log) {
        this.catalogue = catalogue;
        this.json = json;
        this.pages = pages;
        this.maxBodyBytes = maxBodyBytes;
        this.log = log;
    }

    void answer(Context ctx, Exception e) {
        if (e instanceof DomainException d) {
            ctx.attribute(ANSWERED, true);
            problem(ctx, statusOf(d), d.code(), d.getMessage(), catalogue.thai(d), d.location());
        } else if (e instanceof ApiProblem p) {
            problem(ctx, p.status(), p.code(), p.getMessage(), catalogue.thai(p.code(), p.status()), p.field());
        } else if (e instanceof HttpResponseException h) {
            int status = h.getStatus();
            String code = status == 413 ? "request.too-large" : "request.refused";
            String detail = status == 413 ? "the body is larger than the " + maxBodyBytes + " bytes accepted" : h.getMessage();
            problem(ctx, status, code, detail, catalogue.thai(code, status), "");
        } else if (ClientFaults.of(e).isPresent()) {
            // Jetty or Javalin met the client's mistake (a form they cannot parse, an unknown charset, a client gone): theirs, not ours.
            ApiProblem p = ClientFaults.of(e).get();
            // A request the framework could not read leaves its connection in doubt (Jetty closes it): say so.
            ctx.header("Connection", "close");
            problem(ctx, p.status(), p.code(), p.getMessage(), catalogue.thai(p.code(), p.status()), p.field());
        } else {
            // Our fault, not the client's: the log gets the class and message, the client no stack trace.
            log.accept("ERROR " + ctx.method() + " " + ctx.path() + ": " + e);
            problem(ctx, 500, "server.error", "the server failed; the failure is logged", catalogue.thai("server.error", 500), "");
        }
    }

    /** Javalin's 404 for a path no route has, unless the request was answered already (a route's own 404). */
    void noRoute(Context ctx) {
        if (ctx.attribute(ANSWERED) == null) {
            problem(ctx, 404, "request.no-route", "there is no " + ctx.path() + "; see " + BASE + "/openapi.yaml",
                    catalogue.thai("request.no-route", 404), "");
        }
    }

    /** Javalin's 405 for a method the path has no route for, unless the request was answered already. */
    void methodNotAllowed(Context ctx) {
        if (ctx.attribute(ANSWERED) == null) {
            problem(ctx, 405, "request.method-not-allowed", ctx.method() + " is not allowed on " + ctx.path(),
                    catalogue.thai("request.method-not-allowed", 405), "");
        }
    }

    private void problem(Context ctx, int status, String code, String detail, String thai, String field) {
        ctx.attribute(ANSWERED, true);
        if (status == 503) {
            ctx.header("Retry-After", String.valueOf(retryAfterSeconds(code)));
        }
        if (pages != Pages.NONE && !ctx.path().startsWith(BASE + "/") && !ctx.path().equals(BASE)) {
            pages.refuse(ctx, new Pages.Refusal(status, code, detail, thai, field));
            return;
        }
        Problem p = new Problem(Problem.typeOf(code), title(status), status, detail, thai, code, field, ctx.path());
        ctx.status(status).contentType(Problem.MEDIA_TYPE).result(json.write(p));
    }

    /**
     * When a client may try again after a 503: soon when the store was only busy, after a few
     * seconds when it was down (a restart of the database takes that), full or read-only (someone
     * must act), or stopped answering while committing (look first, then try again).
     */
    static int retryAfterSeconds(String code) {
        return code.equals("store.busy") ? 1 : 5;
    }

    /** The status a domain refusal answers with. */
    static int statusOf(DomainException d) {
        return switch (d.kind()) {
            case UNAVAILABLE -> 503;
            case NOT_FOUND -> 404;
            case CONFLICT -> d.code().equals("agreement.stale-version") ? 412 : 409;
            case FORBIDDEN -> 403;
            case REFUSED -> switch (d.code()) {
                case "auth.bad-credentials" -> 401;
                case "auth.throttled" -> 429;
                default -> PERMISSION_REFUSALS.contains(d.code()) ? 403 : 409;
            };
            case INVALID -> d.code().startsWith("syntax.") || d.code().startsWith("tree.") ? 400 : 422;
        };
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Not signed in";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 408 -> "Request timeout";
            case 409 -> "Conflict";
            case 412 -> "Precondition failed";
            case 413 -> "Content too large";
            case 414 -> "URI too long";
            case 415 -> "Unsupported media type";
            case 422 -> "Unprocessable content";
            case 428 -> "Precondition required";
            case 429 -> "Too many requests";
            case 431 -> "Request header fields too large";
            case 503 -> "Service unavailable";
            default -> status >= 500 ? "Server error" : "Refused";
        };
    }
}
