package appraisal.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The server's access log, written by a thread of its own: a request hands its line over and
 * goes on; the writer writes what has queued up and flushes, then rests a moment when it has
 * caught up, so a line appears within {@value #PAUSE_MILLIS} ms and a busy server's lines go out
 * in batches. Written and flushed by each request, the
 * log cost more than a cached read (a write call per request, and every request thread queued on
 * the one lock). No line is dropped: when the writer falls {@value #CAPACITY} lines behind,
 * requests wait for it. A logging framework would do the same with its own configuration files;
 * the server writes this one kind of line, to standard error.
 */
public final class AccessLog implements Consumer<String>, AutoCloseable {

    static final int CAPACITY = 8_192;
    private static final int BATCH = 512;
    /** How long the writer rests when it has caught up: a line appears at most this late. */
    private static final long PAUSE_MILLIS = 20;

    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(CAPACITY);
    private final PrintWriter out;
    private final Thread writer;
    private volatile boolean closing;

    public AccessLog(PrintWriter out) {
        this.out = out;
        this.writer = new Thread(this::write, "appraisal-access-log");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    public void accept(String line) {
        try {
            lines.put(line);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            synchronized (out) {
                out.println(line);
                out.flush();
            }
        }
    }

    private void write() {
        List<String> batch = new ArrayList<>(BATCH);
        while (!closing || !lines.isEmpty()) {
            // A pause rather than a blocking take: a take would have every request wake this thread.
            if (lines.drainTo(batch, BATCH) == 0) {
                try {
                    Thread.sleep(PAUSE_MILLIS);
                } catch (InterruptedException e) {
                    // closing: what is queued is still written
                }
                continue;
            }
            synchronized (out) {
                batch.forEach(out::println);
                out.flush();
            }
            batch.clear();
        }
    }

    /** Writes what is queued, then stops the writer. */
    @Override
    public void close() {
        closing = true;
        writer.interrupt();
        try {
            writer.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<String> rest = new ArrayList<>();
        lines.drainTo(rest);
        synchronized (out) {
            rest.forEach(out::println);
            out.flush();
        }
    }
}
