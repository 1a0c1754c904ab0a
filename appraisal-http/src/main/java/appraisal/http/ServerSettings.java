package appraisal.http;

import com.google.common.collect.ImmutableSet;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * How the server listens and what it accepts.
 *
 * @param host           the address to bind, e.g. {@code 127.0.0.1}
 * @param port           0 for any free port
 * @param maxBodyBytes   larger request bodies are refused with 413
 * @param trustedProxies remote addresses whose {@code X-Forwarded-Proto} / {@code X-Forwarded-For}
 *                       are believed (a TLS-terminating reverse proxy); nobody else's are
 * @param log            where one access-log line per request goes (and unexpected failures)
 */
public record ServerSettings(String host, int port, long maxBodyBytes, ImmutableSet<String> trustedProxies, Consumer<String> log) {

    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("the body limit must be at least 1024 bytes, got " + maxBodyBytes);
        }
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        Objects.requireNonNull(log, "log");
    }

    public static ServerSettings local(int port, Consumer<String> log) {
        return new ServerSettings("127.0.0.1", port, DEFAULT_MAX_BODY_BYTES, ImmutableSet.of(), log);
    }
}
