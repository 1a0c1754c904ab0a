package appraisal.http;

import com.google.common.collect.ImmutableSet;
import java.time.Duration;
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
 * @param timeouts       how long the server waits for a slow client
 */
public record ServerSettings(String host, int port, long maxBodyBytes, ImmutableSet<String> trustedProxies, int threads,
                             Consumer<String> log, Timeouts timeouts) {

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
        Objects.requireNonNull(timeouts, "timeouts");
    }

    /** With the {@linkplain Timeouts#STANDARD standard timeouts}. */
    public ServerSettings(String host, int port, long maxBodyBytes, ImmutableSet<String> trustedProxies, int threads,
                          Consumer<String> log) {
        this(host, port, maxBodyBytes, trustedProxies, threads, log, Timeouts.STANDARD);
    }

    public static ServerSettings local(int port, Consumer<String> log) {
        return new ServerSettings("127.0.0.1", port, DEFAULT_MAX_BODY_BYTES, ImmutableSet.of(), DEFAULT_THREADS, log);
    }

    /** The same settings with other timeouts (tests make them short). */
    public ServerSettings with(Timeouts other) {
        return new ServerSettings(host, port, maxBodyBytes, trustedProxies, threads, log, other);
    }

    /**
     * How long the server waits for a client before it gives up on it, so that slow clients hold
     * connections for a bounded time and never a request thread (a body is read before a thread
     * is given to its request).
     *
     * @param idle a connection with nothing to read or write for this long is closed (between
     *             requests, or a client that stops reading its answer)
     * @param head a request's line and headers must all arrive within this time of their first
     *             byte, however slowly they trickle in; otherwise the connection is closed
     * @param body a request's body must all arrive within this time of its head; otherwise 408
     */
    public record Timeouts(Duration idle, Duration head, Duration body) {

        /** 20 s idle, 10 s for a head, 30 s for a body (1 MiB at 35 KB/s, a slow mobile link). */
        public static final Timeouts STANDARD = new Timeouts(Duration.ofSeconds(20), Duration.ofSeconds(10), Duration.ofSeconds(30));

        public Timeouts {
            for (Duration d : new Duration[] {idle, head, body}) {
                if (d == null || d.isNegative() || d.isZero()) {
                    throw new IllegalArgumentException("a timeout must be positive, got " + d);
                }
            }
        }
    }
}
