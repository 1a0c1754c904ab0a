package appraisal.http;

import appraisal.http.security.RandomSecrets;
import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * What keeps another site's page from acting with a visitor's browser, before there is a session
 * and beside the session's own CSRF token ({@link Authenticator}):
 *
 * <ul>
 * <li>a change a browser says comes from another site is refused, whatever it carries
 *     ({@link #refuseCrossSite});</li>
 * <li>a form posted without a session — the sign-in form — must echo the token of the
 *     {@link #FORM_COOKIE} its page set (double submit): another site can neither read the token nor
 *     send the cookie ({@code SameSite=Strict}), so it cannot sign a visitor in as its own account
 *     (sign-in CSRF).</li>
 * </ul>
 */
final class Csrf {

    /** The cookie of the token a form shown without a session carries as {@code _csrf}: an hour, {@code SameSite=Strict}. */
    static final String FORM_COOKIE = "appraisal_form";
    private static final String FORM_COOKIE_AGE = "3600";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final Set<String> trustedProxies;
    private final RandomSecrets secrets;
    private final Predicate<Context> secure;

    /** {@code secure}: whether a request came over TLS (directly or through a trusted proxy), for the cookie's {@code Secure}. */
    Csrf(Set<String> trustedProxies, RandomSecrets secrets, Predicate<Context> secure) {
        this.trustedProxies = trustedProxies;
        this.secrets = secrets;
        this.secure = secure;
    }

    /** Equal, compared in constant time (a token must not leak by how fast a wrong one is refused). */
    static boolean same(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A browser says where a request comes from: {@code Sec-Fetch-Site} (every current browser),
     * else {@code Origin}. A change from another site (or a {@code null} origin) is refused; one from
     * this site, typed into the address bar, or from a script that sends neither header goes on to
     * the token checks.
     */
    void refuseCrossSite(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null) {
            String s = site.strip().toLowerCase(Locale.ROOT);
            if (!s.equals("same-origin") && !s.equals("none")) {
                throw new ApiProblem(403, "auth.cross-site", "a change sent by a page of another site is refused (Sec-Fetch-Site: "
                        + s + "); use this site's own page", "Sec-Fetch-Site");
            }
            return;
        }
        String origin = ctx.header("Origin");
        if (origin != null && !sameOrigin(origin.strip(), ctx)) {
            throw new ApiProblem(403, "auth.cross-site", "a change sent by a page of another site is refused (Origin: " + origin.strip()
                    + "); use this site's own page", "Origin");
        }
    }

    /** The origin names this host (as the client called it: its Host, or a trusted proxy's X-Forwarded-Host). */
    private boolean sameOrigin(String origin, Context ctx) {
        String host = ctx.header("Host");
        String forwarded = ctx.header("X-Forwarded-Host");
        if (forwarded != null && trustedProxies.contains(ctx.req().getRemoteAddr())) {
            host = forwarded.split(",")[0].strip();
        }
        if (host == null) {
            return false;
        }
        try {
            URI uri = new URI(origin);
            if (uri.getScheme() == null || uri.getRawAuthority() == null) {
                return false;
            }
            return withoutDefaultPort(uri.getRawAuthority(), uri.getScheme()).equalsIgnoreCase(withoutDefaultPort(host, uri.getScheme()));
        } catch (URISyntaxException notAnOrigin) {
            return false;
        }
    }

    private static String withoutDefaultPort(String authority, String scheme) {
        String port = scheme.equalsIgnoreCase("https") ? ":443" : ":80";
        return authority.endsWith(port) ? authority.substring(0, authority.length() - port.length()) : authority;
    }

    /** A form posted without a session must echo, as {@code _csrf}, the token its page set in {@link #FORM_COOKIE}. */
    void requireFormToken(Context ctx) {
        String cookie = ctx.cookie(FORM_COOKIE);
        String sent = ctx.formParam("_csrf");
        if (sent == null || sent.isBlank() || cookie == null || cookie.isBlank()) {
            throw new ApiProblem(403, "auth.form-token-missing", "this form needs the token its page gave it (the field _csrf and "
                    + "the cookie " + FORM_COOKIE + "); open the page again (GET /login) and send the form from there", "_csrf");
        }
        if (!same(sent.strip(), cookie.strip())) {
            throw new ApiProblem(403, "auth.form-token-mismatch", "the form's token does not match the cookie " + FORM_COOKIE
                    + "; open the page again and send the form from there", "_csrf");
        }
    }

    /**
     * The token a form shown without a session carries: the one the browser has already, so two
     * tabs of the sign-in page both work, else a new one, set as the {@link #FORM_COOKIE}.
     */
    String formToken(Context ctx) {
        String existing = ctx.cookie(FORM_COOKIE);
        if (existing != null && TOKEN.matcher(existing).matches()) {
            return existing;
        }
        String token = secrets.newSecret();
        ctx.header("Set-Cookie", FORM_COOKIE + "=" + token + "; Path=/; Max-Age=" + FORM_COOKIE_AGE + "; HttpOnly; SameSite=Strict"
                + (secure.test(ctx) ? "; Secure" : ""));
        return token;
    }
}
