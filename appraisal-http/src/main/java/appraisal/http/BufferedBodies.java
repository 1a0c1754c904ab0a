package appraisal.http;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Invocable;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads each request's whole body before a request thread is given to it, as the bytes arrive and
 * without a thread waiting for them, within a time limit. The routes read bodies with blocking
 * calls: handed a request whose body was still trickling in, a thread would wait on it, and a
 * few dozen clients sending a byte every few seconds held every thread of the pool while
 * everyone else waited (issue 14). Here a slow client holds a connection, never a thread.
 *
 * <ul>
 * <li>A body that is all there by {@link ServerSettings.Timeouts#body()} after its head goes on to
 *     the routes, which read it from memory.</li>
 * <li>One that is not, or whose client stops sending for the idle timeout, is answered 408
 *     ({@code request.timeout}) here, and the connection closed.</li>
 * <li>One larger than the limit is read and dropped up to 16 times the limit (so that a client
 *     still sending reads the answer rather than a reset connection, as Tomcat's "swallow" does)
 *     and goes on without its bytes, marked {@link #REFUSAL} 413; a larger one is not read.</li>
 * <li>A body the client gave up on (the connection closed) or whose chunked framing is broken goes
 *     on marked with its 400, so the answer, the access log and the page say what happened.</li>
 * </ul>
 * The routes answer a {@link #REFUSAL} before anything else, so a page gets its page and the API
 * its problem document.
 */
final class BufferedBodies extends Handler.Wrapper {

    /** The request attribute holding the {@link ApiProblem} a body was refused with. */
    static final String REFUSAL = "appraisal.body-refusal";
    private static final long SWALLOW_FACTOR = 16;
    private static final int FIRST_BUFFER = 16 * 1024;

    private final long maxBytes;
    private final Duration limit;

    BufferedBodies(long maxBytes, Duration limit) {
        this.maxBytes = maxBytes;
        this.limit = limit;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        boolean body = length > 0 || (length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING));
        if (!body) {
            return super.handle(request, response, callback);
        }
        if (length > SWALLOW_FACTOR * maxBytes) {
            return super.handle(refused(request, tooLarge(length)), response, callback);
        }
        new Loading(request, response, callback, length).start();
        return true;
    }

    private ApiProblem tooLarge(long length) {
        return new ApiProblem(413, "request.too-large", "the body has " + (length < 0 ? "more than " + maxBytes : length)
                + " bytes; at most " + maxBytes + " are accepted");
    }

    private static Request refused(Request request, ApiProblem refusal) {
        request.setAttribute(REFUSAL, refusal);
        return new Loaded(request, new byte[0], 0);
    }

    /** One body being read: the bytes so far, the deadline, and whether it was settled (answered or handed on) yet. */
    private final class Loading implements Invocable.Task {

        private final Request request;
        private final Response response;
        private final Callback callback;
        private final AtomicBoolean settled = new AtomicBoolean();
        private byte[] bytes;
        private int size;
        private long received;
        private Scheduler.Task deadline;
        /** The thread in {@link #handle} while it reads what arrived with the head: it may go on to the routes itself. */
        private volatile Thread handling;

        Loading(Request request, Response response, Callback callback, long length) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.bytes = new byte[(int) Math.min(FIRST_BUFFER, length < 0 || length > maxBytes ? FIRST_BUFFER : length)];
        }

        void start() {
            synchronized (this) {
                deadline = request.getComponents().getScheduler().schedule(this::expire, limit.toMillis(), TimeUnit.MILLISECONDS);
            }
            handling = Thread.currentThread();
            read();
            handling = null;
        }

        /** Called when more of the body may have arrived. */
        @Override
        public void run() {
            read();
        }

        @Override
        public InvocationType getInvocationType() {
            // Copies bytes only; handing the request on is done on a thread of the pool (see settle).
            return InvocationType.NON_BLOCKING;
        }

        private void read() {
            while (!settled.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    Throwable failure = chunk.getFailure();
                    if (!chunk.isLast()) {
                        // Transient: the connection was idle for the idle timeout while the body was due.
                        expire();
                    } else {
                        settle(ClientFaults.of(failure).orElseGet(ClientFaults::incomplete));
                    }
                    return;
                }
                ByteBuffer buffer = chunk.getByteBuffer();
                int n = buffer.remaining();
                received += n;
                if (received <= maxBytes) {
                    if (size + n > bytes.length) {
                        bytes = Arrays.copyOf(bytes, (int) Math.min(maxBytes, Math.max((long) size + n, 2L * bytes.length)));
                    }
                    buffer.get(bytes, size, n);
                    size += n;
                } else if (bytes.length > 0) {
                    bytes = new byte[0];
                    size = 0;
                }
                boolean last = chunk.isLast();
                chunk.release();
                if (received > SWALLOW_FACTOR * maxBytes) {
                    settle(tooLarge(received));
                    return;
                }
                if (last) {
                    settle(received > maxBytes ? tooLarge(received) : null);
                    return;
                }
            }
        }

        /** Hands the request on with its body (or with the refusal of it), once. */
        private void settle(ApiProblem refusal) {
            if (!settled.compareAndSet(false, true)) {
                return;
            }
            cancelDeadline();
            Request next;
            if (refusal == null) {
                next = new Loaded(request, bytes, size);
            } else {
                next = refused(request, refusal);
            }
            bytes = null;
            if (handling == Thread.currentThread()) {
                pass(next);
            } else {
                request.getContext().execute(() -> pass(next));
            }
        }

        private void pass(Request next) {
            try {
                if (!BufferedBodies.super.handle(next, response, callback)) {
                    Response.writeError(request, response, callback, 404);
                }
            } catch (Throwable t) {
                Response.writeError(request, response, callback, t);
            }
        }

        /** The body did not arrive in time: 408, and the connection is closed (its unread rest would be taken for a request). */
        private void expire() {
            if (!settled.compareAndSet(false, true)) {
                return;
            }
            cancelDeadline();
            ApiProblem late = ClientFaults.timedOut();
            Response.writeError(request, response, callback, late.status(), "the body did not arrive within " + limit.toSeconds()
                    + " s of the request's head");
        }

        private synchronized void cancelDeadline() {
            if (deadline != null) {
                deadline.cancel();
            }
        }
    }

    /**
     * The request with its body read already: the routes read it from memory. A reader that gives
     * up on it (a multipart parser meeting a malformed part) fails this copy, not the connection:
     * the route still answers.
     */
    private static final class Loaded extends Request.Wrapper {

        private final byte[] bytes;
        private final int size;
        private boolean served;
        private Throwable failure;

        Loaded(Request request, byte[] bytes, int size) {
            super(request);
            this.bytes = bytes;
            this.size = size;
        }

        @Override
        public long getLength() {
            return size;
        }

        @Override
        public synchronized Content.Chunk read() {
            if (failure != null) {
                return Content.Chunk.from(failure, true);
            }
            if (served) {
                return Content.Chunk.EOF;
            }
            served = true;
            return size == 0 ? Content.Chunk.EOF : Content.Chunk.from(ByteBuffer.wrap(bytes, 0, size), true);
        }

        @Override
        public void demand(Runnable demandCallback) {
            // Everything is here: whoever asks to be told of more content is told at once.
            demandCallback.run();
        }

        @Override
        public boolean consumeAvailable() {
            return true;
        }

        @Override
        public synchronized void fail(Throwable x) {
            failure = x;
        }

        @Override
        public void fail(Throwable x, boolean last) {
            fail(x);
        }
    }
}
