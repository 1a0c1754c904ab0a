package appraisal.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The one rule for where the page sends a browser back to (after signing in, after choosing the
 * digits, from a refusal): a path on this site, never another origin. Browsers read {@code /\host}
 * and {@code //host} as another site, and a control character could split the header, so only a
 * plain absolute path with no scheme and no authority is taken.
 */
final class LocalPath {

    private LocalPath() {
    }

    /** {@code given} when it is a path on this site; empty otherwise (null, relative, another origin). */
    static Optional<String> of(String given) {
        if (given == null || !given.startsWith("/") || given.startsWith("//") || given.indexOf('\\') >= 0) {
            return Optional.empty();
        }
        for (int i = 0; i < given.length(); i++) {
            char c = given.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return Optional.empty();
            }
        }
        try {
            URI uri = new URI(given);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? Optional.of(given) : Optional.empty();
        } catch (URISyntaxException notAPath) {
            return Optional.empty();
        }
    }
}
