package appraisal.http;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;

/**
 * The one mapping of what Jetty and Javalin throw or refuse because of the client — a request line,
 * header or body that cannot be read, a charset nobody knows, a client that went away or was too
 * slow — to a 4xx refusal with a stable code. Used by the routes' error mapping
 * ({@link ProblemResponses}) and by Jetty's error handler ({@link JettyProblems}) alike, so a client's
 * mistake is never a 500 whichever layer meets it.
 */
final class ClientFaults {

    private ClientFaults() {
    }

    /** The refusal a failure stands for when the client caused it; empty when it is the server's own fault. */
    static Optional<ApiProblem> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ApiProblem p) {
                return Optional.of(p);
            }
            if (t instanceof UnsupportedCharsetException || t instanceof IllegalCharsetNameException) {
                return Optional.of(unsupportedCharset(t.getMessage()));
            }
            if (t instanceof CharacterCodingException) {
                return Optional.of(new ApiProblem(400, "request.bad-encoding", "the body is not valid UTF-8; send text in UTF-8"));
            }
            if (t instanceof TimeoutException) {
                return Optional.of(timedOut());
            }
            if (t instanceof HttpException h && h.getCode() >= 400 && h.getCode() < 500) {
                return Optional.of(ofStatus(h.getCode(), h.getReason()));
            }
            if (t instanceof EofException) {
                return Optional.of(incomplete());
            }
        }
        return Optional.empty();
    }

    /**
     * What Jetty's refusal with this status means (a request it could not read, before any route):
     * a URL, a header or the request line, a body, too large or too slow. A refusal Jetty makes
     * with a 5xx status for a client's mistake (505 for a request line it cannot read) is a 400.
     */
    static ApiProblem ofStatus(int status, String reason) {
        String why = reason == null || reason.isBlank() ? "" : " (" + reason + ")";
        switch (status) {
            case 400:
                if (reason != null && (reason.contains("URI") || reason.contains("Path") || reason.contains("path")
                        || reason.contains("UTF"))) {
                    return new ApiProblem(400, "request.bad-uri", "the URL cannot be read" + why + ": a path with an encoded control "
                            + "character, '..', a bad %-escape or bytes that are not UTF-8; fix the URL");
                }
                if (reason != null && reason.toLowerCase(java.util.Locale.ROOT).contains("multipart")) {
                    return new ApiProblem(400, "request.malformed-body", "the multipart form cannot be read" + why
                            + ": its boundary, a part's headers or a file name (a control character) are malformed");
                }
                if (reason != null && (reason.contains("Early EOF") || reason.contains("EOF"))) {
                    return incomplete();
                }
                return new ApiProblem(400, "request.malformed", "the request cannot be read" + why + ": the request line, a header "
                        + "(a control character, no colon, a duplicate Host or Content-Length) or the chunked body is malformed");
            case 408:
                return reason == null ? timedOut() : new ApiProblem(408, "request.timeout", "the request did not arrive in time: " + reason
                        + "; send it again, faster");
            case 413:
                return new ApiProblem(413, "request.too-large", "the body is larger than the server accepts");
            case 414:
                return new ApiProblem(414, "request.uri-too-long", "the URL is too long" + why + "; send long values in a body");
            case 415:
                return unsupportedCharset(reason);
            case 431:
                return new ApiProblem(431, "request.headers-too-large", "the request headers are too large" + why);
            case 505:
                return new ApiProblem(400, "request.bad-version", "the request line cannot be read" + why
                        + "; it must be 'METHOD /path HTTP/1.1'");
            default:
                return status >= 400 && status < 500
                        ? new ApiProblem(status, "request.refused", "the request was refused" + why)
                        : new ApiProblem(500, "server.error", "the server failed; the failure is logged");
        }
    }

    static ApiProblem unsupportedCharset(String charset) {
        return new ApiProblem(415, "request.unsupported-charset", "the body's charset" + (charset == null ? "" : " '" + charset + "'")
                + " is not accepted; send UTF-8 (charset=utf-8, or no charset)", "Content-Type");
    }

    static ApiProblem timedOut() {
        return new ApiProblem(408, "request.timeout", "the request did not arrive in time: the client sent it too slowly or stopped "
                + "sending; send it again");
    }

    static ApiProblem incomplete() {
        return new ApiProblem(400, "request.incomplete-body", "the body ended before it was complete: the client closed the "
                + "connection, or the chunked framing is broken");
    }
}
