package appraisal.http;

import java.nio.ByteBuffer;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers what Jetty itself refuses before any route — a URL with an encoded control character, a
 * bad %-escape or bytes that are not UTF-8, a malformed header or request line, a body that came
 * too slowly — as problem documents too, for every method, never as an HTML page or an empty answer, with the
 * headers every answer carries. The code comes from the one mapping of client faults
 * ({@link ClientFaults}); a failure that is not the client's is a 500 and is logged.
 */
final class JettyProblems extends ErrorHandler {

    private final ProblemCatalogue catalogue;
    private final JsonBodies json;
    private final Consumer<String> log;

    JettyProblems(ProblemCatalogue catalogue, JsonBodies json, Consumer<String> log) {
        this.catalogue = catalogue;
        this.json = json;
        this.log = log;
    }

    /** Every method gets its problem document: Jetty's own handler answers only GET, POST and HEAD with a body, the rest with an empty 400. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause, Callback callback) {
        ApiProblem p = (cause == null ? java.util.Optional.<ApiProblem>empty() : ClientFaults.of(cause))
                .orElseGet(() -> ClientFaults.ofStatus(status, message));
        String path = request.getHttpURI() == null ? "" : request.getHttpURI().getPath();
        if (p.status() >= 500) {
            log.accept("ERROR " + request.getMethod() + " " + path + ": " + (cause == null ? status + " " + message : cause.toString()));
        }
        Problem problem = new Problem(Problem.typeOf(p.code()), ProblemResponses.title(p.status()), p.status(), p.getMessage(),
                catalogue.thai(p.code(), p.status()), p.code(), p.field(), path);
        response.setStatus(p.status());
        SecurityHeaders.apply(response.getHeaders());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        // Jetty drops the connection after a request it could not read: say so, so no client reuses it.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(json.write(problem)), callback);
    }
}
