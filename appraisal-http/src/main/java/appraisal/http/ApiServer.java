package appraisal.http;

import appraisal.domain.model.access.Caller;
import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.Session;
import appraisal.domain.model.access.SessionGrant;
import appraisal.domain.model.access.Visibility;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.SignInCommand;
import appraisal.http.security.RandomSecrets;
import appraisal.interchange.TreeText;
import com.google.common.collect.ImmutableList;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.ParsedEndpoint;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The JSON API under {@code /api/v1}: every route declared by the resources, each wrapped so
 * that the caller is authenticated (session cookie with CSRF token for unsafe methods, or a
 * bearer token), admitted by the route's {@link Access}, and every failure answered as a problem
 * document. In front of the routes, for every request: the security headers
 * ({@link SecurityHeaders}), the body read in full before a thread serves it ({@link BufferedBodies}),
 * a head that must arrive in time ({@link SlowHeads}), the access log ({@link RequestLines}) and
 * Jetty's own refusals as problem documents ({@link JettyProblems}). {@link #stop()} lets requests
 * in flight finish.
 */
public final class ApiServer {

    public static final String BASE = "/api/v1";
    static final String SESSION_COOKIE = "appraisal_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final String ANSWERED = "appraisal.answered";
    /** The CSRF token of the session a request came with, for pages to put in their forms. */
    static final String CSRF = "appraisal.csrf";
    private static final long STOP_TIMEOUT_MS = 10_000;
    private static final int MIN_IDLE_THREADS = 4;
    /** Of the Swagger UI files in its webjar, the two the documentation page uses; the rest (its demo page on the public petstore) is not served. */
    private static final Set<String> SWAGGER_FILES = Set.of("swagger-ui.css", "swagger-ui-bundle.js");

    private final ApiUseCases.Authentication uses;
    private final ServerSettings settings;
    private final JsonBodies json = new JsonBodies();
    private final TreeText trees = new TreeText();
    private final ProblemCatalogue catalogue = new ProblemCatalogue();
    private final Csrf csrf;
    private final ImmutableList<Route> routes;
    private final Pages pages;
    private final Javalin app;

    public ApiServer(ApiUseCases uses, ServerSettings settings) {
        this(uses, settings, Pages.NONE);
    }

    /** The API and, beside it, pages declared by another adapter (see {@link Pages}). */
    public ApiServer(ApiUseCases uses, ServerSettings settings, Pages pages) {
        this.uses = uses.authentication();
        this.settings = settings;
        this.pages = pages;
        this.csrf = new Csrf(settings.trustedProxies(), new RandomSecrets(), this::secure);
        List<Route> declared = new ArrayList<>();
        new SystemResource(uses.health()).declare(declared);
        new AccountResource(uses.accounts(), this).declare(declared);
        new OrgResource(uses.org()).declare(declared);
        new RoundResource(uses.rounds()).declare(declared);
        new IndicatorResource(uses.indicators()).declare(declared);
        new AgreementResource(uses.agreements(), trees).declare(declared);
        new CascadeResource(uses.cascades()).declare(declared);
        this.routes = ImmutableList.copyOf(declared);
        List<Route> pageRoutes = new ArrayList<>();
        pages.declare(pageRoutes);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = settings.maxBodyBytes();
            config.jetty.threadPool = threadPool(settings.threads());
            config.jetty.modifyHttpConfiguration(http -> {
                // Javalin's LEGACY compliance, less %u escapes: the path parameters' decoder refuses them later, as a 500.
                http.setUriCompliance(UriCompliance.LEGACY.without("LEGACY-UTF16", UriCompliance.Violation.UTF16_ENCODINGS));
            });
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(settings.host());
                connector.setPort(settings.port());
                connector.setIdleTimeout(settings.timeouts().idle().toMillis());
                connector.addBean(new SlowHeads(settings.timeouts().head(), server.getScheduler(), settings.log()));
                return connector;
            });
            config.jetty.modifyServer(server -> {
                // In-flight requests finish on stop; new ones are refused while it drains.
                server.setHandler(new GracefulHandler(new SecurityHeaders(new BufferedBodies(settings.maxBodyBytes(),
                        settings.timeouts().body()))));
                server.setStopTimeout(STOP_TIMEOUT_MS);
                server.setErrorHandler(new JettyProblems(catalogue, json, settings.log()));
                server.setRequestLog(new RequestLines(settings.log()));
            });
            // The documentation page's files, and only them: not the whole Swagger UI webjar, whose demo page points at the public petstore.
            config.staticFiles.add(files -> {
                files.hostedPath = SystemResource.ASSETS;
                files.directory = SystemResource.SWAGGER_UI;
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "max-age=86400");
                files.skipFileFunction = request -> !SWAGGER_FILES.contains(request.getRequestURI()
                        .substring(request.getRequestURI().lastIndexOf('/') + 1));
            });
            config.staticFiles.add(files -> {
                files.hostedPath = SystemResource.ASSETS;
                files.directory = SystemResource.OWN_ASSETS;
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "max-age=3600");
            });
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
            ApiProblem refused = ctx.attribute(BufferedBodies.REFUSAL);
            if (refused != null) {
                // The body was not read (all of it): what is left of it on the connection is no request.
                ctx.header("Connection", "close");
                throw refused;
            }
            requireUtf8(ctx);
            Optional<Authenticated> caller = authenticate(ctx, route.access());
            Optional<Principal> principal = caller.map(Authenticated::principal);
            principal.ifPresent(p -> ctx.attribute(RequestLines.USER, p.username()));
            if (route.access() != Access.PUBLIC && principal.isEmpty()) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"appraisal\"");
                throw new ApiProblem(401, "auth.required", "sign in (POST " + BASE + "/session) or send 'Authorization: Bearer <token>'");
            }
            if (route.access() == Access.ADMIN && !principal.get().admin()) {
                throw new ApiProblem(403, "access.admin-only", "only an administrator may " + route.method() + " " + route.path());
            }
            route.action().handle(new Call(ctx, principal, caller.map(Authenticated::visibility).orElse(null), json, trees,
                    () -> csrf.formToken(ctx)));
        } catch (Exception e) {
            answer(ctx, e);
        }
    }

    /** Bodies are UTF-8 (JSON must be, and the pages are): a body in another charset is refused before anything decodes it. */
    private static void requireUtf8(Context ctx) {
        String type = ctx.header("Content-Type");
        String length = ctx.header("Content-Length");
        boolean body = ctx.header("Transfer-Encoding") != null || length != null && !length.strip().equals("0");
        if (type == null || !body) {
            return;
        }
        for (String parameter : type.split(";")) {
            int eq = parameter.indexOf('=');
            if (eq < 0 || !parameter.substring(0, eq).strip().equalsIgnoreCase("charset")) {
                continue;
            }
            String name = parameter.substring(eq + 1).strip().replace("\"", "");
            Charset charset;
            try {
                charset = Charset.forName(name);
            } catch (IllegalArgumentException unknown) {
                throw ClientFaults.unsupportedCharset(name);
            }
            if (!charset.equals(StandardCharsets.UTF_8) && !charset.equals(StandardCharsets.US_ASCII)) {
                throw ClientFaults.unsupportedCharset(name);
            }
        }
    }

    /** Who is calling, and how to learn what they may see (worked out already for a bearer token; when first asked for a session). */
    private record Authenticated(Principal principal, Supplier<Visibility> visibility) {
    }

    /**
     * The principal behind a bearer token or a session cookie. A bearer token that does not work is
     * refused outright; a stale cookie counts as signed out. Without a bearer token, a change
     * (POST, PUT, PATCH, DELETE) is refused when a browser says it comes from another site; one made
     * with the session cookie needs the session's CSRF token (header, or {@code _csrf} in a form
     * post); a form posted to a public route without a session (the sign-in form) needs the token
     * of its page ({@link Csrf}): a bearer token cannot be sent by another site's page, a cookie
     * and a form can.
     */
    private Optional<Authenticated> authenticate(Context ctx, Access access) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.substring(7).isBlank()) {
                throw new ApiProblem(401, "auth.bad-authorization", "the Authorization header must be 'Bearer <token>'", "Authorization");
            }
            Caller caller = uses.accounts().caller(authorization.substring(7).strip()).orElseThrow(() ->
                    new ApiProblem(401, "auth.bad-token", "the bearer token is unknown, expired or revoked", "Authorization"));
            return Optional.of(new Authenticated(caller.principal(), caller::visibility));
        }
        boolean unsafe = UNSAFE.contains(ctx.method().name());
        if (unsafe) {
            csrf.refuseCrossSite(ctx);
        }
        String secret = ctx.cookie(SESSION_COOKIE);
        Optional<Session> session = secret == null || secret.isBlank() ? Optional.empty() : uses.accounts().session(secret);
        if (session.isEmpty()) {
            if (unsafe && access == Access.PUBLIC && isForm(ctx)) {
                csrf.requireFormToken(ctx);
            }
            return Optional.empty();
        }
        ctx.attribute(CSRF, session.get().csrfToken());
        if (unsafe) {
            String sent = ctx.header(CSRF_HEADER);
            if (sent == null && isForm(ctx)) {
                sent = ctx.formParam("_csrf");
            }
            if (sent == null || sent.isBlank()) {
                throw new ApiProblem(403, "auth.csrf-missing", "a change made with the session cookie needs the CSRF token "
                        + "(header " + CSRF_HEADER + ", or the form field _csrf); it came with the sign-in", CSRF_HEADER);
            }
            if (!Csrf.same(sent.strip(), session.get().csrfToken())) {
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

    /**
     * Where a request comes from, for login throttling and the audit trail. From a trusted proxy,
     * {@code X-Forwarded-For} is read from its right: each proxy appends the address it was called
     * from, so the right-most hop that is not one of our trusted proxies is the address our own
     * proxies saw; everything left of it was written by the client, who can write anything.
     */
    String client(Context ctx) {
        return client(ctx.req().getRemoteAddr(), ctx.req().getHeaders("X-Forwarded-For"), settings.trustedProxies());
    }

    static String client(String remote, java.util.Enumeration<String> forwardedHeaders, Set<String> trusted) {
        if (!trusted.contains(remote) || forwardedHeaders == null) {
            return remote;
        }
        List<String> hops = new ArrayList<>();
        for (String header : java.util.Collections.list(forwardedHeaders)) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        // Every hop is one of our proxies: the left-most is the nearest to the client we know.
        return hops.isEmpty() ? remote : hops.get(0);
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
        } else if (ClientFaults.of(e).isPresent()) {
            // Jetty or Javalin met the client's mistake (a form they cannot parse, an unknown charset, a client gone): theirs, not ours.
            ApiProblem p = ClientFaults.of(e).get();
            // A request the framework could not read leaves its connection in doubt (Jetty closes it): say so.
            ctx.header("Connection", "close");
            problem(ctx, p.status(), p.code(), p.getMessage(), catalogue.thai(p.code(), p.status()), p.field());
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

    static String title(int status) {
        switch (status) {
            case 400: return "Bad request";
            case 401: return "Not signed in";
            case 403: return "Forbidden";
            case 404: return "Not found";
            case 405: return "Method not allowed";
            case 408: return "Request timeout";
            case 409: return "Conflict";
            case 412: return "Precondition failed";
            case 413: return "Content too large";
            case 414: return "URI too long";
            case 415: return "Unsupported media type";
            case 422: return "Unprocessable content";
            case 428: return "Precondition required";
            case 429: return "Too many requests";
            case 431: return "Request header fields too large";
            case 503: return "Service unavailable";
            default: return status >= 500 ? "Server error" : "Refused";
        }
    }
}
