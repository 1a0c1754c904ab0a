package appraisal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Requests to a running API as a role, by the route as the OpenAPI document names it, each
 * exchange kept so a test can hold every answer to the document. The base of the API's fixture over
 * the in-memory domain (this module) and of the one over a real store (the composition root's).
 */
public abstract class ApiCalls {

    /** One request and its answer, with the route as the OpenAPI document names it. */
    public record Exchange(String method, String route, int status, String contentType, String body) {
    }

    /** An answer. */
    public record Reply(int status, String body, HttpResponse<String> raw) {
        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public JsonNode json() {
            try {
                return new ObjectMapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String code() {
            return json().path("code").asText();
        }
    }

    public final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** Where the server listens, e.g. {@code http://127.0.0.1:7070}. */
    public abstract String base();

    /** The bearer token a role calls with. */
    protected abstract String token(String role);

    /**
     * Sends a request as {@code role} (null: anonymous) to {@code route} (as in the OpenAPI document,
     * under /api/v1) with the path parameters filled in order.
     */
    public Reply send(String role, String method, String route, String body, Map<String, String> headers, String... args) {
        return send(role, method, route, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body),
                body == null ? null : "application/json", headers, args);
    }

    /** Sends {@code body} as it is, as {@code contentType}, e.g. a file to upload. */
    public Reply sendBytes(String role, String method, String route, byte[] body, String contentType, Map<String, String> headers,
                           String... args) {
        return send(role, method, route, HttpRequest.BodyPublishers.ofByteArray(body), contentType, headers, args);
    }

    private Reply send(String role, String method, String route, HttpRequest.BodyPublisher body, String contentType,
                       Map<String, String> headers, String... args) {
        String path = route;
        for (String arg : args) {
            path = path.replaceFirst("\\{[^}]+}", java.net.URLEncoder.encode(arg, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base() + ApiServer.BASE + path)).timeout(Duration.ofSeconds(30))
                .method(method, body);
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (role != null) {
            b.header("Authorization", "Bearer " + token(role));
        }
        headers.forEach(b::setHeader);
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            String routeOnly = route.contains("?") ? route.substring(0, route.indexOf('?')) : route;
            exchanges.add(new Exchange(method, routeOnly, r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body()));
            return new Reply(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply get(String role, String route, String... args) {
        return send(role, "GET", route, null, Map.of(), args);
    }

    /** A change to an agreement at the version named. */
    public Reply change(String role, String method, String route, String body, String etag, String... args) {
        return send(role, method, route, body, etag == null ? Map.of() : Map.of("If-Match", etag), args);
    }

    public String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
