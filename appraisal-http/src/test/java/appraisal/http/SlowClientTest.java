package appraisal.http;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.http.ServerFixture.Answer;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: twenty clients posting {@code Content-Length: 100000} and sending a byte every 5 s had
 * a normal GET wait 30 s. Here 40 slow bodies and 40 slow heads (a header byte at a time) trickle
 * at once against the smallest pool the server allows (8 threads), and normal requests must still
 * answer within a second; with short timeouts the slow ones end as documented (a body: 408 problem;
 * a head: the connection closed), each with its access-log line. The figures are printed.
 */
class SlowClientTest {

    private static final int SLOW = 40;
    private static final long TRICKLE_MILLIS = 250;

    private final ServerFixture fixture = new ServerFixture();
    private final List<Socket> sockets = Collections.synchronizedList(new ArrayList<>());
    private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();

    @AfterEach
    void stop() throws IOException {
        trickle.shutdownNow();
        for (Socket s : sockets) {
            s.close();
        }
        fixture.close();
    }

    private void start(ServerSettings.Timeouts timeouts) {
        fixture.start(fixture.settings(timeouts, ImmutableSet.of()), s -> new ApiServer(ServerFixture.useCases(fixture.system), s));
    }

    /** Opens the slow clients: each sends the start of its request, then one more byte every 250 ms. */
    private List<Socket> slow(String start, byte more) throws IOException {
        List<Socket> opened = new ArrayList<>();
        for (int i = 0; i < SLOW; i++) {
            Socket s = new Socket("127.0.0.1", fixture.port());
            s.getOutputStream().write(start.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            opened.add(s);
        }
        sockets.addAll(opened);
        trickle.scheduleAtFixedRate(() -> {
            for (Socket s : opened) {
                try {
                    s.getOutputStream().write(more);
                    s.getOutputStream().flush();
                } catch (IOException closedByTheServer) {
                    // counted when its answer is read
                }
            }
        }, TRICKLE_MILLIS, TRICKLE_MILLIS, TimeUnit.MILLISECONDS);
        return opened;
    }

    private List<Socket> slowBodies() throws IOException {
        return slow("POST /api/v1/session HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{", (byte) ' ');
    }

    private List<Socket> slowHeads() throws IOException {
        return slow("GET /api/v1/health HTTP/1.1\r\nHost: x\r\nX-Slow: ", (byte) 'a');
    }

    /** Normal requests while the slow ones trickle: each one's time in milliseconds. */
    private List<Long> normalRequests(int n) throws InterruptedException {
        ServerFixture.Session session = fixture.signIn("appraisee");
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            Answer health = fixture.send("GET", "/api/v1/health", (byte[]) null);
            Answer me = fixture.send("GET", "/api/v1/me", (byte[]) null, "Cookie", session.cookie());
            millis.add(Duration.ofNanos(System.nanoTime() - start).toMillis());
            assertThat(health.status()).isEqualTo(200);
            assertThat(me.json().path("username").asText()).isEqualTo("appraisee");
            Thread.sleep(100);
        }
        return millis;
    }

    @Test
    void forty_slow_bodies_and_forty_slow_heads_leave_normal_requests_answered_within_a_second_with_the_standard_timeouts()
            throws Exception {
        start(ServerSettings.Timeouts.STANDARD);
        List<Socket> bodies = slowBodies();
        List<Socket> heads = slowHeads();
        Thread.sleep(1000);

        List<Long> millis = normalRequests(10);

        System.out.printf("slow clients, standard timeouts, 8 threads: %d slow bodies and %d slow heads trickling; 10 normal requests "
                + "(GET /health and GET /me) took %s ms, the slowest %d ms%n", bodies.size(), heads.size(), millis,
                Collections.max(millis));
        assertThat(millis).allMatch(ms -> ms < 1000);
        assertThat(fixture.log).as("no slow client was answered or closed yet: they all trickled while the normal requests ran")
                .noneMatch(l -> l.contains(" 408 ") || l.startsWith("POST /api/v1/session") && !l.startsWith("POST /api/v1/session 201 "));
    }

    @Test
    void a_slow_body_is_answered_408_at_the_body_timeout_and_a_slow_head_is_closed_at_the_head_timeout_each_logged() throws Exception {
        start(new ServerSettings.Timeouts(Duration.ofSeconds(5), Duration.ofMillis(1500), Duration.ofMillis(2500)));
        long started = System.nanoTime();
        List<Socket> bodies = slowBodies();
        List<Socket> heads = slowHeads();
        Thread.sleep(500);

        List<Long> millis = normalRequests(5);
        // The heads end first: read them first, so each ending is timed when it happens.
        List<Ending> headEnds = new ArrayList<>();
        for (Socket s : heads) {
            headEnds.add(ending(s, started));
        }
        List<Ending> bodyEnds = new ArrayList<>();
        for (Socket s : bodies) {
            bodyEnds.add(ending(s, started));
        }

        System.out.printf("slow clients, timeouts head 1.5 s / body 2.5 s, 8 threads: normal requests took %s ms; %d slow bodies ended: %s "
                + "after %d to %d ms; %d slow heads ended: %s after %d to %d ms%n", millis, bodyEnds.size(), summary(bodyEnds),
                min(bodyEnds), max(bodyEnds), headEnds.size(), summary(headEnds), min(headEnds), max(headEnds));
        assertThat(millis).allMatch(ms -> ms < 1000);
        assertThat(bodyEnds).allSatisfy(e -> {
            assertThat(e.answer().status()).isEqualTo(408);
            assertThat(e.answer().isProblem()).isTrue();
            assertThat(e.answer().code()).isEqualTo("request.timeout");
            assertThat(e.answer().header("Connection")).isEqualTo("close");
            assertThat(e.millis()).isBetween(2500L, 6000L);
        });
        assertThat(headEnds).allSatisfy(e -> {
            assertThat(e.answer().status()).as("closed without an answer").isZero();
            assertThat(e.millis()).isBetween(1500L, 5000L);
        });
        long bodyLines = fixture.log.stream().filter(l -> l.startsWith("POST /api/v1/session 408 ")).count();
        long headLines = fixture.log.stream().filter(l -> l.startsWith("- - 408 ")).count();
        assertThat(bodyLines).as("a line per slow body").isEqualTo(SLOW);
        assertThat(headLines).as("a line per slow head").isEqualTo(SLOW);
    }

    /** How a slow client's connection ended: what it read before the server closed it, and when. */
    private record Ending(Answer answer, long millis) {
    }

    private static Ending ending(Socket s, long started) throws IOException {
        s.setSoTimeout(10_000);
        InputStream in = s.getInputStream();
        Answer answer;
        try {
            answer = Answer.read(in);
        } catch (SocketException reset) {
            answer = new Answer(0, java.util.Map.of(), "");
        }
        return new Ending(answer, Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    private static String summary(List<Ending> ends) {
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        for (Ending e : ends) {
            counts.merge(e.answer().status() == 0 ? "closed" : e.answer().status() + " " + e.answer().code(), 1L, Long::sum);
        }
        return counts.toString();
    }

    private static long min(List<Ending> ends) {
        return ends.stream().mapToLong(Ending::millis).min().orElse(-1);
    }

    private static long max(List<Ending> ends) {
        return ends.stream().mapToLong(Ending::millis).max().orElse(-1);
    }

}
