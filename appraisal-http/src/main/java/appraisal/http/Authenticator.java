package appraisal.http;

import appraisal.domain.model.access.Caller;
import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.Session;
import appraisal.domain.model.access.Visibility;
import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Who calls: the principal behind a bearer token or a session cookie. A bearer token that does not
 * work is refused outright; a stale cookie counts as signed out. Without a bearer token, a change
 * (POST, PUT, PATCH, DELETE) is refused when a browser says it comes from another site; one made
 * with the session cookie needs the session's CSRF token (header, or {@code _csrf} in a form
 * post); a form posted to a public route without a session (the sign-in form) needs the token
 * of its page ({@link Csrf}): a bearer token cannot be sent by another site's page, a cookie
 * and a form can.
 */
final class Authenticator {

    static final String CSRF_HEADER = "X-CSRF-Token";
    /** The CSRF token of the session a request came with, for pages to put in their forms. */
    static final String CSRF = "appraisal.csrf";
    private static final Set<String> UNSAFE = Set.of("POST", "PUT", "PATCH", "DELETE");

    /** Who is calling, and how to learn what they may see (worked out already for a bearer token; when first asked for a session). */
    record Authenticated(Principal principal, Supplier<Visibility> visibility) {
    }

    private final ApiUseCases.Authentication uses;
    private final Csrf csrf;

    Authenticator(ApiUseCases.Authentication uses, Csrf csrf) {
        this.uses = uses;
        this.csrf = csrf;
    }

    Optional<Authenticated> authenticate(Context ctx, Access access) {
        String authorization = ctx.header("Authorization");
        if (authorization != null) {
            if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7) || authorization.substring(7).isBlank()) {
                throw new ApiProblem(401, "auth.bad-authorization", "the Authorization header must be 'Bearer <token>'", "Authorization");
            }
            Caller caller = uses.tokens().caller(authorization.substring(7).strip()).orElseThrow(() ->
                    new ApiProblem(401, "auth.bad-token", "the bearer token is unknown, expired or revoked", "Authorization"));
            return Optional.of(new Authenticated(caller.principal(), caller::visibility));
        }
        boolean unsafe = UNSAFE.contains(ctx.method().name());
        if (unsafe) {
            csrf.refuseCrossSite(ctx);
        }
        String secret = SessionCookies.secret(ctx);
        Optional<Session> session = secret == null ? Optional.empty() : uses.signIn().session(secret);
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
        return Optional.of(new Authenticated(principal, () -> uses.visibility().visibility(principal)));
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        String lower = type == null ? "" : type.toLowerCase(Locale.ROOT);
        return lower.startsWith("application/x-www-form-urlencoded") || lower.startsWith("multipart/form-data");
    }
}
