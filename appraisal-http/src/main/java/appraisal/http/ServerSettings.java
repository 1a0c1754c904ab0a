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
 * @param threads        how many threads serve requests (the pool's acceptor and selector included):
 *                       a request blocks on the database, and more threads than the store has
 *                       connections only queue for them — on a 2-core machine 64 threads served
 *                       reads at less than half the rate 12 to 16 did (docs/http.md)
 * @param log            where one access-log line per request goes (and unexpected failures)
 */
public record ServerSettings(String host, int port, long maxBodyBytes, ImmutableSet<String> trustedProxies, int threads,
                             Consumer<String> log) {

    public static final long DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    public static final int DEFAULT_THREADS = 16;
    /** Jetty needs an acceptor, a selector and a worker at least; fewer than this starves it. */
    public static final int MIN_THREADS = 8;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("the body limit must be at least 1024 bytes, got " + maxBodyBytes);
        }
        Objects.requireNonNull(trustedProxies, "trustedProxies");
        if (threads < MIN_THREADS || threads > 1000) {
            throw new IllegalArgumentException("the server needs " + MIN_THREADS + " to 1000 threads, got " + threads);
        }
        Objects.requireNonNull(log, "log");
    }

    public static ServerSettings local(int port, Consumer<String> log) {
        return new ServerSettings("127.0.0.1", port, DEFAULT_MAX_BODY_BYTES, ImmutableSet.of(), DEFAULT_THREADS, log);
    }
}
