package appraisal.http;

import appraisal.domain.model.access.Caller;
import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.Session;
import appraisal.domain.model.access.SessionGrant;
import appraisal.domain.model.access.Visibility;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.SignInCommand;
import appraisal.interchange.TreeText;
import com.google.common.collect.ImmutableList;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.router.ParsedEndpoint;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The JSON API under {@code /api/v1}: every route declared by the resources, each wrapped so
 * that the caller is authenticated (session cookie with CSRF token for unsafe methods, or a
 * bearer token), admitted by the route's {@link Access}, and every failure answered as a problem
 * document. One access-log line per request. {@link #stop()} lets requests in flight finish.
 */
public final class ApiServer {

    public static final String BASE = "/api/v1";
    static final String SESSION_COOKIE = "appraisal_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String USER = "appraisal.user";
    private static final String ANSWERED = "appraisal.answered";
    /** The CSRF token of the session a request came with, for pages to put in their forms. */
    static final String CSRF = "appraisal.csrf";
    private static final long STOP_TIMEOUT_MS = 10_000;
    private static final long SWALLOW_FACTOR = 16;
    private static final int MIN_IDLE_THREADS = 4;

    private final ApiUseCases uses;
    private final ServerSettings settings;
    private final JsonBodies json = new JsonBodies();
    private final TreeText trees = new TreeText();
    private final ProblemCatalogue catalogue = new ProblemCatalogue();
    private final ImmutableList<Route> routes;
    private final Pages pages;
    private final Javalin app;

    public ApiServer(ApiUseCases uses, ServerSettings settings) {
        this(uses, settings, Pages.NONE);
    }

    /** The API and, beside it, pages declared by another adapter (see {@link Pages}). */
    public ApiServer(ApiUseCases uses, ServerSettings settings, Pages pages) {
        this.uses = uses;
        this.settings = settings;
        this.pages = pages;
        List<Route> declared = new ArrayList<>();
        new SystemResource(uses).declare(declared);
        new AccountResource(uses, this).declare(declared);
        new OrgResource(uses).declare(declared);
        new RoundResource(uses).declare(declared);
        new IndicatorResource(uses).declare(declared);
        new AgreementResource(uses, trees).declare(declared);
        new CascadeResource(uses).declare(declared);
        this.routes = ImmutableList.copyOf(declared);
        List<Route> pageRoutes = new ArrayList<>();
        pages.declare(pageRoutes);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.jetty.threadPool = threadPool(settings.threads());
            config.jetty.modifyServer(server -> {
                // In-flight requests finish on stop; new ones are refused while it drains.
                server.setHandler(new GracefulHandler());
                server.setStopTimeout(STOP_TIMEOUT_MS);
                server.setErrorHandler(new JettyProblems(catalogue, json));
            });
            config.staticFiles.enableWebjars();
            config.requestLogger.http((ctx, ms) -> settings.log().accept(accessLine(ctx, ms)));
            for (Route route : routes) {
                config.routes.addHttpHandler(HandlerType.findOrCreate(route.method()), route.path(), ctx -> handle(route, ctx));
            }
            for (Route route : pageRoutes) {
                config.routes.addHttpHandler(HandlerType.findOrCreate(route.method()), route.path(), ctx -> handle(route, ctx));
            }
            config.routes.exception(Exception.class, (e, ctx) -> answer(ctx, e));
            config.routes.error(404, ctx -> {
                if (ctx.attribute(ANSWERED) == null) {
                    problem(ctx, 404, "request.no-route", "there is no " + ctx.path() + "; see " + BASE + "/openapi.yaml",
                            catalogue.thai("request.no-route", 404), "");
                }
            });
            config.routes.error(405, ctx -> {
                if (ctx.attribute(ANSWERED) == null) {
                    problem(ctx, 405, "request.method-not-allowed", ctx.method() + " is not allowed on " + ctx.path(),
                            catalogue.thai("request.method-not-allowed", 405), "");
                }
            });
        });
    }

    private static QueuedThreadPool threadPool(int threads) {
        QueuedThreadPool pool = new QueuedThreadPool(threads, Math.min(threads, MIN_IDLE_THREADS));
        pool.setName("appraisal-http");
        return pool;
    }

    public ApiServer start() {
        app.start();
        return this;
    }

    public int port() {
        return app.port();
    }

    /** Stops accepting, lets requests in flight finish (up to 10 s), then stops. */
    public void stop() {
        app.stop();
    }

    /** The routes the resources declared, in order. */
    public ImmutableList<Route> routes() {
        return routes;
    }

    /** What Javalin actually registered, as {@code METHOD path}: the tests hold this to the OpenAPI document. */
    public List<String> registeredRoutes() {
        List<String> out = new ArrayList<>();
        for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
            String method = e.endpoint.method.name();
            if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                out.add(method + " " + e.endpoint.path);
            }
        }
        return out;
    }

    private void handle(Route route, Context ctx) {
        try {
            long length = ctx.contentLength();
            if (length > settings.maxBodyBytes()) {
                swallow(ctx, length);
                throw new ApiProblem(413, "request.too-large", "the body has " + length + " bytes; at most "
                        + settings.maxBodyBytes() + " are accepted");
            }
            Optional<Authenticated> caller = authenticate(ctx);
            Optional<Principal> principal = caller.map(Authenticated::principal);
            principal.ifPresent(p -> ctx.attribute(USER, p.username()));
            if (route.access() != Access.PUBLIC && principal.isEmpty()) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"appraisal\"");
                throw new ApiProblem(401, "auth.required", "sign in (POST " + BASE + "/session) or send 'Authorization: Bearer <token>'");
            }
            if (route.access() == Access.ADMIN && !principal.get().admin()) {
                throw new ApiProblem(403, "access.admin-only", "only an administrator may " + route.method() + " " + route.path());
            }
            route.action().handle(new Call(ctx, principal, caller.map(Authenticated::visibility).orElse(null), json, trees));
        } catch (Exception e) {
            answer(ctx, e);
        }
    }

    /**
     * Reads and drops a refused body that is not absurdly large (up to 16 times the limit, as
     * Tomcat's "swallow" does), so the client, still sending, reads the 413 instead of a reset
     * connection. Larger ones are not read: the connection is closed on them.
     */
    private void swallow(Context ctx, long length) {
        if (length > SWALLOW_FACTOR * settings.maxBodyBytes()) {
            return;
        }
        byte[] buffer = new byte[64 * 1024];
        try (java.io.InputStream in = ctx.req().getInputStream()) {
            while (in.read(buffer) >= 0) {
                // dropped
            }
        } catch (java.io.IOException e) {
            // the client went away; nothing to answer
        }
    }

    /**
     * The principal behind a bearer token or a session cookie. A bearer token that does not work is
     * refused outright; a stale cookie counts as signed out. Unsafe methods with a cookie need the
     * session's CSRF token (header, or {@code _csrf} in a form post): a bearer token cannot be sent
     * by another site's page, a cookie can.
     */
    /** Who is calling, and how to learn what they may see (worked out already for a bearer token; when first asked for a session). */
    private record Authenticated(Principal principal, Supplier<Visibility> visibility) {
    }

    private Optional<Authenticated> authenticate(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.substring(7).isBlank()) {
                throw new ApiProblem(401, "auth.bad-authorization", "the Authorization header must be 'Bearer <token>'", "Authorization");
            }
            Caller caller = uses.accounts().caller(authorization.substring(7).strip()).orElseThrow(() ->
                    new ApiProblem(401, "auth.bad-token", "the bearer token is unknown, expired or revoked", "Authorization"));
            return Optional.of(new Authenticated(caller.principal(), caller::visibility));
        }
        String secret = ctx.cookie(SESSION_COOKIE);
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Optional<Session> session = uses.accounts().session(secret);
        if (session.isEmpty()) {
            return Optional.empty();
        }
        ctx.attribute(CSRF, session.get().csrfToken());
        if (UNSAFE.contains(ctx.method().name())) {
            String sent = ctx.header(CSRF_HEADER);
            if (sent == null && isForm(ctx)) {
                sent = ctx.formParam("_csrf");
            }
            if (sent == null || sent.isBlank()) {
                throw new ApiProblem(403, "auth.csrf-missing", "a change made with the session cookie needs the CSRF token "
                        + "(header " + CSRF_HEADER + ", or the form field _csrf); it came with the sign-in", CSRF_HEADER);
            }
            if (!MessageDigest.isEqual(sent.strip().getBytes(StandardCharsets.UTF_8),
                    session.get().csrfToken().getBytes(StandardCharsets.UTF_8))) {
                throw new ApiProblem(403, "auth.csrf-mismatch", "the CSRF token does not belong to this session", CSRF_HEADER);
            }
        }
        Principal principal = session.get().principal();
        return Optional.of(new Authenticated(principal, () -> uses.accounts().visibility(principal)));
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return lower.startsWith("application/x-www-form-urlencoded") || lower.startsWith("multipart/form-data");
    }

    /**
     * Signs in and sets the session cookie on the answer: the one way both the API's
     * {@code POST /session} and a sign-in form open a session.
     */
    public SessionGrant openSession(Context ctx, String username, char[] password) {
        SessionGrant grant = uses.accounts().signIn(new SignInCommand(username, password, client(ctx)));
        String expires = DateTimeFormatter.RFC_1123_DATE_TIME.format(grant.expires().atOffset(ZoneOffset.UTC));
        ctx.header("Set-Cookie", SESSION_COOKIE + "=" + grant.secret() + "; Path=/; Expires=" + expires
                + "; HttpOnly; SameSite=Strict" + (secure(ctx) ? "; Secure" : ""));
        return grant;
    }

    /** Signs out the session the request came with, if any, and clears the cookie. */
    public void closeSession(Context ctx) {
        String secret = ctx.cookie(SESSION_COOKIE);
        if (secret != null && !secret.isBlank()) {
            uses.accounts().signOut(secret);
        }
        ctx.header("Set-Cookie", SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (secure(ctx) ? "; Secure" : ""));
    }

    /** Whether the request reached us over TLS, directly or through a proxy we trust. */
    boolean secure(Context ctx) {
        if ("https".equalsIgnoreCase(ctx.scheme())) {
            return true;
        }
        return settings.trustedProxies().contains(ctx.req().getRemoteAddr())
                && "https".equalsIgnoreCase(Optional.ofNullable(ctx.header("X-Forwarded-Proto")).orElse("").strip());
    }

    /** Where a request comes from, for login throttling: the proxy's word only if we trust the proxy. */
    String client(Context ctx) {
        String remote = ctx.req().getRemoteAddr();
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded != null && settings.trustedProxies().contains(remote)) {
            return forwarded.split(",")[0].strip();
        }
        return remote;
    }

    private void answer(Context ctx, Exception e) {
        if (e instanceof DomainException d) {
            ctx.attribute(ANSWERED, true);
            problem(ctx, statusOf(d), d.code(), d.getMessage(), catalogue.thai(d), d.location());
        } else if (e instanceof ApiProblem p) {
            problem(ctx, p.status(), p.code(), p.getMessage(), catalogue.thai(p.code(), p.status()), p.field());
        } else if (e instanceof HttpResponseException h) {
            int status = h.getStatus();
            String code = status == 413 ? "request.too-large" : "request.refused";
            String detail = status == 413 ? "the body is larger than the " + settings.maxBodyBytes() + " bytes accepted" : h.getMessage();
            problem(ctx, status, code, detail, catalogue.thai(code, status), "");
        } else {
            // Our fault, not the client's: the log gets the class and message, the client no stack trace.
            settings.log().accept("ERROR " + ctx.method() + " " + ctx.path() + ": " + e);
            problem(ctx, 500, "server.error", "the server failed; the failure is logged", catalogue.thai("server.error", 500), "");
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
        switch (d.kind()) {
            case UNAVAILABLE:
                return 503;
            case NOT_FOUND:
                return 404;
            case CONFLICT:
                return d.code().equals("agreement.stale-version") ? 412 : 409;
            case FORBIDDEN:
                return 403;
            case REFUSED:
                if (d.code().equals("auth.bad-credentials")) {
                    return 401;
                }
                if (d.code().equals("auth.throttled")) {
                    return 429;
                }
                return PERMISSION_REFUSALS.contains(d.code()) ? 403 : 409;
            case INVALID:
            default:
                return d.code().startsWith("syntax.") || d.code().startsWith("tree.") ? 400 : 422;
        }
    }

    /** Refusals that say who may act, not what state the thing is in: 403, not 409. */
    static final Set<String> PERMISSION_REFUSALS = Set.of("access.denied", "agreement.not-a-party", "agreement.not-the-appraisee",
            "agreement.not-the-evaluator", "agreement.reviewer-not-supervisor", "agreement.evaluator-not-supervisor",
            "cascade.not-a-subordinate", "cascade.parent-not-of-head");

    private static String title(int status) {
        switch (status) {
            case 400: return "Bad request";
            case 401: return "Not signed in";
            case 403: return "Forbidden";
            case 404: return "Not found";
            case 405: return "Method not allowed";
            case 409: return "Conflict";
            case 412: return "Precondition failed";
            case 413: return "Content too large";
            case 415: return "Unsupported media type";
            case 422: return "Unprocessable content";
            case 428: return "Precondition required";
            case 429: return "Too many requests";
            case 503: return "Service unavailable";
            default: return status >= 500 ? "Server error" : "Refused";
        }
    }

    /** {@code GET /api/v1/agreements/AG-4 200 1.3ms buriram.head}; built by hand, as String.format cost more than the line's request. */
    private static String accessLine(Context ctx, Float ms) {
        String user = ctx.attribute(USER);
        long tenths = Math.round((ms == null ? 0f : ms) * 10);
        return new StringBuilder(96).append(ctx.method().name()).append(' ').append(ctx.path()).append(' ')
                .append(ctx.status().getCode()).append(' ').append(tenths / 10).append('.').append(tenths % 10).append("ms ")
                .append(user == null ? "-" : user).toString();
    }
}
