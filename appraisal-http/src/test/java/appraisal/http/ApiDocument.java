package appraisal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The served OpenAPI document, read as the tests hold the server to it: the API's tests here, and
 * the end-to-end ones of the composition root (shared in the test-jar).
 */
public final class ApiDocument {

    private final JsonNode doc;
    private final JsonSchemaFactory schemas = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    public ApiDocument() {
        try (InputStream in = ApiServer.class.getResourceAsStream("openapi.yaml")) {
            doc = new YAMLMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode root() {
        return doc;
    }

    /** Every documented operation as {@code METHOD /api/v1/path}. */
    public Set<String> operations() {
        Set<String> out = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                out.add(methods.next().toUpperCase(Locale.ROOT) + " " + ApiServer.BASE + path.getKey());
            }
        }
        return out;
    }

    /**
     * Who the document says may call an operation ({@code METHOD /api/v1/path}): anyone when its
     * security is empty or allows no credentials ({@code {}}), administrators when every way in names
     * the role {@code admin}, otherwise anyone signed in.
     */
    public Access access(String operation) {
        int space = operation.indexOf(' ');
        JsonNode op = doc.path("paths").path(operation.substring(space + 1 + ApiServer.BASE.length()))
                .path(operation.substring(0, space).toLowerCase(Locale.ROOT));
        JsonNode security = op.has("security") ? op.get("security") : doc.path("security");
        boolean anonymous = security.isEmpty();
        boolean admin = !security.isEmpty();
        for (JsonNode requirement : security) {
            anonymous |= requirement.isEmpty();
            boolean named = false;
            for (JsonNode roles : requirement) {
                for (JsonNode role : roles) {
                    named |= role.asText().equals("admin");
                }
            }
            admin &= named;
        }
        return anonymous ? Access.PUBLIC : admin ? Access.ADMIN : Access.SIGNED_IN;
    }

    /** What is wrong with one real answer, measured against the documented response for its status (or the default). */
    List<String> violations(ApiFixture.Exchange e) {
        return violations(e.method(), e.route(), e.status(), e.contentType(), e.body());
    }

    /** What is wrong with one real answer ({@code route} as the document names it, under /api/v1). */
    public List<String> violations(String method, String route, int status, String contentType, String body) {
        record Exchange(String method, String route, int status, String contentType, String body) {
        }
        Exchange e = new Exchange(method, route, status, contentType, body);
        List<String> out = new ArrayList<>();
        String where = e.method() + " " + e.route() + " " + e.status();
        JsonNode op = doc.path("paths").path(e.route()).path(e.method().toLowerCase(Locale.ROOT));
        if (op.isMissingNode()) {
            out.add(where + ": not documented");
            return out;
        }
        JsonNode response = op.path("responses").path(String.valueOf(e.status()));
        if (response.isMissingNode()) {
            response = op.path("responses").path(e.status() / 100 + "XX");
        }
        if (response.isMissingNode()) {
            response = op.path("responses").path("default");
        }
        if (response.has("$ref")) {
            response = doc.at(response.get("$ref").asText().substring(1));
        }
        if (e.status() == 204 || response.path("content").isMissingNode()) {
            return out;
        }
        String type = e.contentType().split(";")[0].strip();
        JsonNode media = response.path("content").path(type);
        if (media.isMissingNode()) {
            out.add(where + ": content type " + type + " is not documented (" + response.path("content").fieldNames().next() + ")");
            return out;
        }
        if (!type.endsWith("json")) {
            return out;
        }
        ObjectNode schema = new ObjectMapper().createObjectNode();
        schema.set("components", doc.path("components"));
        schema.set("allOf", new ObjectMapper().createArrayNode().add(media.path("schema")));
        JsonSchema validator = schemas.getSchema(schema);
        try {
            Set<ValidationMessage> errors = validator.validate(new ObjectMapper().readTree(e.body()));
            errors.forEach(m -> out.add(where + ": " + m.getMessage() + " in " + abbreviate(e.body())));
        } catch (IOException ex) {
            out.add(where + ": the body is not JSON: " + abbreviate(e.body()));
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
