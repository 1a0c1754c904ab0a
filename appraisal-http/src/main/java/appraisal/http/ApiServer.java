package appraisal.http;

import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.SessionGrant;
import appraisal.http.security.RandomSecrets;
import appraisal.interchange.TreeText;
import com.google.common.collect.ImmutableList;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import io.javalin.router.ParsedEndpoint;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The JSON API under {@code /api/v1}, and pages beside it: the routes declared by the resources,
 * each wrapped so that the caller is authenticated ({@link Authenticator}: session cookie with CSRF
 * token for unsafe methods, or a bearer token), admitted by the route's {@link Access}, and every
 * failure answered as a problem document ({@link ProblemResponses}); sessions are opened and
 * closed with their cookie by {@link SessionCookies}. In front of the routes, for every request: the security headers
 * ({@link SecurityHeaders}), the body read in full before a thread serves it ({@link BufferedBodies}),
 * a head that must arrive in time ({@link SlowHeads}), the access log ({@link RequestLines}) and
 * Jetty's own refusals as problem documents ({@link JettyProblems}). {@link #stop()} lets requests
 * in flight finish.
 */
public final class ApiServer {

    public static final String BASE = "/api/v1";
    private static final long STOP_TIMEOUT_MS = 10_000;
    private static final int MIN_IDLE_THREADS = 4;
    /** Of the Swagger UI files in its webjar, the two the documentation page uses; the rest (its demo page on the public petstore) is not served. */
    private static final Set<String> SWAGGER_FILES = Set.of("swagger-ui.css", "swagger-ui-bundle.js");

    private final JsonBodies json = new JsonBodies();
    private final TreeText trees = new TreeText();
    private final Csrf csrf;
    private final Authenticator authenticator;
    private final SessionCookies sessions;
    private final ProblemResponses problems;
    private final ImmutableList<Route> routes;
    private final Javalin app;

    public ApiServer(ApiUseCases uses, ServerSettings settings) {
        this(uses, settings, Pages.NONE);
    }

    /** The API and, beside it, pages declared by another adapter (see {@link Pages}). */
    public ApiServer(ApiUseCases uses, ServerSettings settings, Pages pages) {
        TrustedProxies proxies = new TrustedProxies(settings.trustedProxies());
        ProblemCatalogue catalogue = new ProblemCatalogue();
        this.csrf = new Csrf(settings.trustedProxies(), new RandomSecrets(), proxies::secure);
        this.authenticator = new Authenticator(uses.authentication(), csrf);
        this.sessions = new SessionCookies(uses.authentication().signIn(), proxies);
        this.problems = new ProblemResponses(catalogue, json, pages, settings.maxBodyBytes(), settings.log());
        List<Route> declared = new ArrayList<>();
        new SystemResource(uses.health()).declare(declared);
        new AccountResource(uses.accounts(), sessions).declare(declared);
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
            config.routes.exception(Exception.class, (e, ctx) -> problems.answer(ctx, e));
            config.routes.error(404, problems::noRoute);
            config.routes.error(405, problems::methodNotAllowed);
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
            Optional<Authenticator.Authenticated> caller = authenticator.authenticate(ctx, route.access());
            Optional<Principal> principal = caller.map(Authenticator.Authenticated::principal);
            principal.ifPresent(p -> ctx.attribute(RequestLines.USER, p.username()));
            if (route.access() != Access.PUBLIC && principal.isEmpty()) {
                ctx.header("WWW-Authenticate", "Bearer realm=\"appraisal\"");
                throw new ApiProblem(401, "auth.required", "sign in (POST " + BASE + "/session) or send 'Authorization: Bearer <token>'");
            }
            if (route.access() == Access.ADMIN && !principal.get().admin()) {
                throw new ApiProblem(403, "access.admin-only", "only an administrator may " + route.method() + " " + route.path());
            }
            route.action().handle(new Call(ctx, principal, caller.map(Authenticator.Authenticated::visibility).orElse(null), json, trees,
                    () -> csrf.formToken(ctx)));
        } catch (Exception e) {
            problems.answer(ctx, e);
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

    /**
     * Signs in and sets the session cookie on the answer: the one way both the API's
     * {@code POST /session} and a sign-in form open a session.
     */
    public SessionGrant openSession(Context ctx, String username, char[] password) {
        return sessions.open(ctx, username, password);
    }

    /** Signs out the session the request came with, if any, and clears the cookie. */
    public void closeSession(Context ctx) {
        sessions.close(ctx);
    }
}
