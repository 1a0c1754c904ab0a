package appraisal.http;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Answers the requests Jetty itself refuses before they reach a route (a path with an encoded NUL
 * or an ambiguous segment, a malformed header) as problem documents too, never as an HTML page.
 */
final class JettyProblems extends ErrorHandler {

    private final ProblemCatalogue catalogue;
    private final JsonBodies json;

    JettyProblems(ProblemCatalogue catalogue, JsonBodies json) {
        this.catalogue = catalogue;
        this.json = json;
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause, Callback callback) {
        String code = status == 400 ? "request.bad-uri" : status == 413 ? "request.too-large" : status == 431 ? "request.headers-too-large"
                : "request.refused";
        String detail = status == 400 ? "the request line or a header cannot be read (e.g. a path with an encoded control "
                + "character or '..'); fix the URL" : message == null ? "the request was refused" : message;
        Problem p = new Problem(Problem.typeOf(code), "Refused", status, detail, catalogue.thai(code, status), code, "",
                request.getHttpURI() == null ? "" : request.getHttpURI().getPath());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.write(true, ByteBuffer.wrap(json.write(p)), callback);
    }
}
