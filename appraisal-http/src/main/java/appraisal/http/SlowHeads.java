package appraisal.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpParser;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.internal.HttpConnection;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.component.AbstractLifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection whose request line and headers are not all there within the head timeout of
 * their first byte. Jetty reads a head without a thread, but resets its idle timeout at every byte:
 * a client sending a header byte every few seconds would keep its connection (a file descriptor,
 * a buffer) for hours. Checked a few times per timeout over the open connections; each one closed
 * gets an access-log line {@code - - 408 …} (there is no request to name).
 */
final class SlowHeads extends AbstractLifeCycle implements Connection.Listener {

    private final Set<HttpConnection> open = ConcurrentHashMap.newKeySet();
    private final long limitNanos;
    private final long periodMillis;
    private final Scheduler scheduler;
    private final Consumer<String> log;
    private volatile Scheduler.Task next;

    SlowHeads(Duration limit, Scheduler scheduler, Consumer<String> log) {
        this.limitNanos = limit.toNanos();
        this.periodMillis = Math.max(50, Math.min(1000, limit.toMillis() / 4));
        this.scheduler = scheduler;
        this.log = log;
    }

    @Override
    public void onOpened(Connection connection) {
        if (connection instanceof HttpConnection http) {
            open.add(http);
        }
    }

    @Override
    public void onClosed(Connection connection) {
        open.remove(connection);
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        next = scheduler.schedule(this::sweep, periodMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    protected void doStop() throws Exception {
        Scheduler.Task task = next;
        if (task != null) {
            task.cancel();
        }
        super.doStop();
    }

    private void sweep() {
        try {
            for (HttpConnection http : open) {
                HttpParser parser = http.getParser();
                // Between requests the parser waits at START (the idle timeout's business); a head being read is past START and before CONTENT.
                if (parser.isStart() || !parser.inHeaderState()) {
                    continue;
                }
                long waited = NanoTime.since(parser.getBeginNanoTime());
                if (waited > limitNanos && open.remove(http)) {
                    log.accept(RequestLines.line("-", "-", 408, waited, "-"));
                    http.getEndPoint().close();
                }
            }
        } finally {
            if (isRunning()) {
                next = scheduler.schedule(this::sweep, periodMillis, TimeUnit.MILLISECONDS);
            }
        }
    }
}
