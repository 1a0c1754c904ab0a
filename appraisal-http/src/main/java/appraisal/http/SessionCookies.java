package appraisal.http;

import appraisal.domain.model.access.SessionGrant;
import appraisal.domain.port.in.access.SignInCommand;
import appraisal.domain.port.in.access.SignInUseCase;
import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The session cookie: set on sign-in, cleared on sign-out, {@code HttpOnly}, {@code SameSite=Strict},
 * and {@code Secure} when the request came over TLS. The one way both the API's {@code /session}
 * and the pages' sign-in form open and close a session.
 */
final class SessionCookies {

    static final String SESSION_COOKIE = "appraisal_session";

    private final SignInUseCase signIn;
    private final TrustedProxies proxies;

    SessionCookies(SignInUseCase signIn, TrustedProxies proxies) {
        this.signIn = signIn;
        this.proxies = proxies;
    }

    /** The session's secret the request came with, if any. */
    static String secret(Context ctx) {
        String secret = ctx.cookie(SESSION_COOKIE);
        return secret == null || secret.isBlank() ? null : secret;
    }

    SessionGrant open(Context ctx, String username, char[] password) {
        SessionGrant grant = signIn.signIn(new SignInCommand(username, password, proxies.client(ctx)));
        String expires = DateTimeFormatter.RFC_1123_DATE_TIME.format(grant.expires().atOffset(ZoneOffset.UTC));
        ctx.header("Set-Cookie", SESSION_COOKIE + "=" + grant.secret() + "; Path=/; Expires=" + expires
                + "; HttpOnly; SameSite=Strict" + (proxies.secure(ctx) ? "; Secure" : ""));
        return grant;
    }

    void close(Context ctx) {
        String secret = secret(ctx);
        if (secret != null) {
            signIn.signOut(secret);
        }
        ctx.header("Set-Cookie", SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict" + (proxies.secure(ctx) ? "; Secure" : ""));
    }
}
