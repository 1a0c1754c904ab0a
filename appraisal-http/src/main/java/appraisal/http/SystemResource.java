package appraisal.http;

import static appraisal.http.ApiServer.BASE;

import appraisal.domain.model.shared.DomainException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Liveness, readiness, the OpenAPI document and its viewer. */
final class SystemResource {

    /** Where the documentation page's files are served: Swagger UI's style and script (from its webjar) and the script that starts it. */
    static final String ASSETS = "/api-docs";
    /** Swagger UI's files in its webjar. */
    static final String SWAGGER_UI = "META-INF/resources/webjars/swagger-ui/5.34.1";
    /** Our own: the script that starts Swagger UI. */
    static final String OWN_ASSETS = "appraisal/http/api-docs";

    private final ApiUseCases.Health uses;
    private final byte[] openapi;
    private final byte[] docs;

    SystemResource(ApiUseCases.Health uses) {
        this.uses = uses;
        this.openapi = resource("openapi.yaml");
        this.docs = ("<!doctype html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>appraisal API</title>"
                + "<link rel=\"stylesheet\" href=\"" + ASSETS + "/swagger-ui.css\"></head><body><div id=\"ui\"></div>"
                + "<script src=\"" + ASSETS + "/swagger-ui-bundle.js\"></script>"
                + "<script src=\"" + ASSETS + "/start.js\"></script></body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    void declare(List<Route> routes) {
        routes.add(new Route("GET", BASE + "/health", Access.PUBLIC, call -> call.json(200, new Views.Status("live"))));
        routes.add(new Route("GET", BASE + "/ready", Access.PUBLIC, this::ready));
        routes.add(new Route("GET", BASE + "/openapi.yaml", Access.PUBLIC,
                call -> call.context().status(200).contentType("application/yaml; charset=utf-8").result(openapi)));
        routes.add(new Route("GET", BASE + "/docs", Access.PUBLIC,
                call -> call.context().status(200).contentType("text/html; charset=utf-8").result(docs)));
    }

    /**
     * Ready when the store could take a write now (a trial write, rolled back; see
     * {@code CheckReadinessUseCase}): otherwise 503 with the store's own code (store.unavailable,
     * store.full, store.read-only, store.busy) within about a second, so a load balancer can stop
     * sending changes to an instance whose database cannot keep them.
     */
    private void ready(Call call) {
        try {
            uses.readiness().checkReady();
        } catch (DomainException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ApiProblem(503, "server.store-unreachable", "the store does not answer: " + e.getClass().getSimpleName());
        }
        call.json(200, new Views.Status("ready"));
    }

    static byte[] resource(String name) {
        try (InputStream in = SystemResource.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
