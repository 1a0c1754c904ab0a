package appraisal.http;

import java.util.function.Consumer;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.NanoTime;

/**
 * The access log: one line per answer, written by Jetty when the answer is done, so the requests
 * Jetty refuses before any route (a URL or header it cannot read, a body too slow) have their line
 * too. {@code GET /api/v1/agreements/AG-4 200 1.3ms buriram.head}: method, path (never the query),
 * status, the time from the request's first byte, the signed-in user or {@code -}. Built by hand, as
 * String.format cost more than the line's request.
 */
final class RequestLines implements RequestLog {

    /** The request attribute naming the signed-in user. */
    static final String USER = "appraisal.user";

    private final Consumer<String> log;

    RequestLines(Consumer<String> log) {
        this.log = log;
    }

    @Override
    public void log(Request request, Response response) {
        Object user = request.getAttribute(USER);
        String path = request.getHttpURI() == null ? "-" : request.getHttpURI().getPath();
        log.accept(line(request.getMethod(), path, response.getStatus(), NanoTime.since(request.getBeginNanoTime()),
                user == null ? "-" : user.toString()));
    }

    /** {@code METHOD path status 1.3ms user}. */
    static String line(String method, String path, int status, long nanos, String user) {
        long tenths = Math.max(0, nanos) / 100_000;
        return new StringBuilder(96).append(method == null ? "-" : method).append(' ').append(path == null || path.isEmpty() ? "-" : path)
                .append(' ').append(status).append(' ').append(tenths / 10).append('.').append(tenths % 10).append("ms ").append(user)
                .toString();
    }
}
