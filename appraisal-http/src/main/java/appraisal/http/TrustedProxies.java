package appraisal.http;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a request says about itself that only our own proxies may say: whether it came over TLS
 * ({@code X-Forwarded-Proto}) and from which address ({@code X-Forwarded-For}). From anyone else
 * those headers are the client's word and are ignored.
 */
final class TrustedProxies {

    private final Set<String> proxies;

    TrustedProxies(Set<String> proxies) {
        this.proxies = proxies;
    }

    /** Whether the request reached us over TLS, directly or through a proxy we trust. */
    boolean secure(Context ctx) {
        if ("https".equalsIgnoreCase(ctx.scheme())) {
            return true;
        }
        return proxies.contains(ctx.req().getRemoteAddr())
                && "https".equalsIgnoreCase(Optional.ofNullable(ctx.header("X-Forwarded-Proto")).orElse("").strip());
    }

    /**
     * Where a request comes from, for login throttling and the audit trail. From a trusted proxy,
     * {@code X-Forwarded-For} is read from its right: each proxy appends the address it was called
     * from, so the right-most hop that is not one of our trusted proxies is the address our own
     * proxies saw; everything left of it was written by the client, who can write anything.
     */
    String client(Context ctx) {
        return client(ctx.req().getRemoteAddr(), ctx.req().getHeaders("X-Forwarded-For"), proxies);
    }

    static String client(String remote, Enumeration<String> forwardedHeaders, Set<String> trusted) {
        if (!trusted.contains(remote) || forwardedHeaders == null) {
            return remote;
        }
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(forwardedHeaders)) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted.contains(hops.get(i))) {
                return hops.get(i);
            }
        }
        // Every hop is one of our proxies: the left-most is the nearest to the client we know.
        return hops.isEmpty() ? remote : hops.get(0);
    }
}
