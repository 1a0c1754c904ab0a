package appraisal.http;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The headers every answer carries, set once here for all of them — the API's JSON, the pages, the
 * documents, the static files, Jetty's own refusals (through {@link JettyProblems}). They are set
 * before the routes run, so a route that knows better replaces one: a static file may be cached,
 * an evidence download has its stricter policy.
 *
 * <ul>
 * <li>{@code Content-Security-Policy}: scripts, styles, fonts and images from this origin only (no
 *     inline script or style: the pages have none, their script is {@code /static/app.js}); images
 *     may also be {@code data:} (Swagger UI's icons); no plug-ins, no {@code <base>}, forms post here
 *     only, and no other site may frame a page ({@code frame-ancestors 'none'}, with
 *     {@code X-Frame-Options: DENY} for older browsers).</li>
 * <li>{@code Referrer-Policy: same-origin}: the path (which names agreements and people) never
 *     leaves for another site; within the site a refusal page still links back to where one came from.</li>
 * <li>{@code X-Content-Type-Options: nosniff}: every answer is what its media type says.</li>
 * <li>{@code Cache-Control: no-store}: agreements, scores, forms, PDFs, CSV and spreadsheets hold
 *     personal data and are kept by no cache; only static files say otherwise.</li>
 * </ul>
 */
final class SecurityHeaders extends Handler.Wrapper {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    SecurityHeaders(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        apply(response.getHeaders());
        return super.handle(request, response, callback);
    }

    static void apply(HttpFields.Mutable headers) {
        headers.put("Content-Security-Policy", POLICY);
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "same-origin");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Cache-Control", "no-store");
    }
}
