package appraisal.cli;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 spoken byte by byte over a socket, for requests no well-behaved client would send: any
 * bytes in the request line and headers, a Content-Length that lies, a body cut short. One
 * connection is kept alive between requests until either side closes it.
 */
final class RawHttp implements AutoCloseable {

    /** An answer: status, headers (names in lower case; the last of repeated ones) and body; status 0 when none came. */
    record Answer(int status, Map<String, String> headers, byte[] body, String failure) {
        static Answer none(String why) {
            return new Answer(0, Map.of(), new byte[0], why);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final String host;
    private final int port;
    private final int timeoutMillis;
    private Socket socket;
    private InputStream in;
    /** Connections opened, for the summary. */
    int connections;

    RawHttp(String host, int port, int timeoutMillis) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = timeoutMillis;
    }

    /**
     * Sends {@code request} (request line, headers, blank line and body, as they are) and reads the
     * answer. {@code alone}: on a connection of its own, closed after (for requests whose framing
     * lies); {@code hangUp}: the client stops sending after the bytes given, as one that went away.
     */
    Answer exchange(byte[] request, boolean alone, boolean hangUp) {
        if (alone || hangUp) {
            close();
        }
        boolean reused = socket != null;
        try {
            return send(request, hangUp);
        } catch (IOException e) {
            close();
            if (reused && !alone && !hangUp) {
                // The server may have closed the kept-alive connection just now: once more on a fresh one.
                try {
                    return send(request, false);
                } catch (IOException again) {
                    close();
                    return Answer.none(again.toString());
                }
            }
            return Answer.none(e.toString());
        } finally {
            if (alone || hangUp) {
                close();
            }
        }
    }

    private Answer send(byte[] request, boolean hangUp) throws IOException {
        if (socket == null) {
            socket = new Socket();
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            socket.setTcpNoDelay(true);
            in = new java.io.BufferedInputStream(socket.getInputStream(), 16 * 1024);
            connections++;
        }
        OutputStream out = socket.getOutputStream();
        try {
            out.write(request);
            out.flush();
            if (hangUp) {
                socket.shutdownOutput();
            }
        } catch (IOException e) {
            // The server may answer and close before reading all of a body it refuses: read what it said.
        }
        boolean head = request.length > 5 && new String(request, 0, 5, StandardCharsets.ISO_8859_1).equals("HEAD ");
        Answer answer;
        do {
            answer = read(head);
        } while (answer.status() >= 100 && answer.status() < 200);
        String connection = answer.header("connection");
        if (connection != null && connection.toLowerCase(Locale.ROOT).contains("close")) {
            close();
        }
        return answer;
    }

    private Answer read(boolean head) throws IOException {
        String statusLine;
        try {
            statusLine = line();
        } catch (SocketTimeoutException e) {
            return Answer.none("no answer within " + timeoutMillis + " ms");
        }
        if (statusLine == null) {
            throw new EOFException("closed before an answer");
        }
        String[] parts = statusLine.split(" ", 3);
        int status = Integer.parseInt(parts[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (String h = line(); h != null && !h.isEmpty(); h = line()) {
            int colon = h.indexOf(':');
            headers.put(h.substring(0, colon).strip().toLowerCase(Locale.ROOT), h.substring(colon + 1).strip());
        }
        byte[] body;
        String length = headers.get("content-length");
        if (head || status == 204 || status == 304 || status < 200) {
            body = new byte[0];
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = chunked();
        } else if (length != null) {
            body = in.readNBytes(Integer.parseInt(length));
        } else {
            body = in.readAllBytes();
            close();
        }
        return new Answer(status, headers, body, null);
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            if (size == null) {
                throw new EOFException("chunked body cut short");
            }
            int n = Integer.parseInt(size.split(";")[0].strip(), 16);
            if (n == 0) {
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are not used
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(n));
            line();
        }
    }

    /** One line without its CRLF (ISO-8859-1, as header bytes are), or null at the end of the stream. */
    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(128);
        int b;
        while ((b = in.read()) >= 0) {
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // already gone
            }
            socket = null;
            in = null;
        }
    }
}
