package appraisal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document as an outside reader sees it: swagger-parser reads it without a
 * single message, and the faults swagger-parser lets pass in an OpenAPI 3.1 document are checked
 * here too — every operation has a unique camelCase {@code operationId} (generated clients name
 * their methods by it), and every schema uses only JSON Schema and OpenAPI keywords (a comma in
 * an unquoted flow-mapping description splits it into a stray key, which JSON Schema 2020-12
 * would silently ignore).
 */
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final java.util.regex.Pattern CAMEL_CASE = java.util.regex.Pattern.compile("[a-z][a-zA-Z0-9]*");
    /** JSON Schema 2020-12 (core, applicator, validation, unevaluated, meta-data, format, content) and OpenAPI's own schema keywords. */
    private static final Set<String> SCHEMA_KEYWORDS = Set.of("$schema", "$id", "$ref", "$anchor", "$dynamicRef", "$dynamicAnchor",
            "$defs", "$comment", "$vocabulary", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "dependentSchemas", "prefixItems",
            "items", "contains", "properties", "patternProperties", "additionalProperties", "propertyNames", "unevaluatedItems",
            "unevaluatedProperties", "type", "enum", "const", "multipleOf", "maximum", "exclusiveMaximum", "minimum", "exclusiveMinimum",
            "maxLength", "minLength", "pattern", "maxItems", "minItems", "uniqueItems", "maxContains", "minContains", "maxProperties",
            "minProperties", "required", "dependentRequired", "title", "description", "default", "deprecated", "readOnly", "writeOnly",
            "examples", "format", "contentEncoding", "contentMediaType", "contentSchema", "discriminator", "xml", "externalDocs", "example");
    /** Keywords whose value is one schema, and those whose value is a map or a list of them. */
    private static final Set<String> ONE_SCHEMA = Set.of("not", "if", "then", "else", "items", "contains", "additionalProperties",
            "propertyNames", "unevaluatedItems", "unevaluatedProperties", "contentSchema");
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs", "dependentSchemas");
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

    static String served() {
        try (InputStream in = ApiServer.class.getResourceAsStream("openapi.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything wrong with a document: swagger-parser's messages, then the operation ids and schema keywords. */
    static List<String> faults(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(yaml, null, options);
        List<String> out = new ArrayList<>();
        if (parsed.getMessages() != null) {
            parsed.getMessages().forEach(m -> out.add("swagger-parser: " + m));
        }
        if (parsed.getOpenAPI() == null) {
            out.add("swagger-parser: no document");
        }
        JsonNode doc;
        try {
            doc = new YAMLMapper().readTree(yaml);
        } catch (IOException e) {
            out.add("not YAML: " + e.getMessage());
            return out;
        }
        Map<String, String> ids = new HashMap<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                String where = op.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                String id = op.getValue().path("operationId").asText("");
                if (id.isEmpty()) {
                    out.add(where + ": no operationId");
                } else if (!CAMEL_CASE.matcher(id).matches()) {
                    out.add(where + ": operationId " + id + " is not camelCase");
                } else if (ids.containsKey(id)) {
                    out.add(where + ": operationId " + id + " is also " + ids.get(id) + "'s");
                } else {
                    ids.put(id, where);
                }
            }
        }
        schemasIn(doc, "", out);
        return out;
    }

    /** Finds the schemas (under components/schemas and every {@code schema} key) and checks each. */
    private static void schemasIn(JsonNode node, String at, List<String> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> f : node.properties()) {
                String where = at + "/" + f.getKey();
                if (f.getKey().equals("schema")) {
                    schema(f.getValue(), where, out);
                } else if (where.equals("/components/schemas")) {
                    f.getValue().properties().forEach(s -> schema(s.getValue(), where + "/" + s.getKey(), out));
                } else {
                    schemasIn(f.getValue(), where, out);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                schemasIn(node.get(i), at + "/" + i, out);
            }
        }
    }

    private static void schema(JsonNode schema, String at, List<String> out) {
        if (!schema.isObject()) {
            if (!schema.isBoolean()) {
                out.add(at + ": a schema must be an object or a boolean");
            }
            return;
        }
        for (Map.Entry<String, JsonNode> f : schema.properties()) {
            String key = f.getKey();
            String where = at + "/" + key;
            if (!SCHEMA_KEYWORDS.contains(key) && !key.startsWith("x-")) {
                out.add(at + ": '" + key + "' is not a schema keyword (an unquoted comma in a flow mapping?)");
            } else if (ONE_SCHEMA.contains(key)) {
                schema(f.getValue(), where, out);
            } else if (SCHEMA_MAPS.contains(key)) {
                f.getValue().properties().forEach(s -> schema(s.getValue(), where + "/" + s.getKey(), out));
            } else if (SCHEMA_LISTS.contains(key)) {
                for (int i = 0; i < f.getValue().size(); i++) {
                    schema(f.getValue().get(i), where + "/" + i, out);
                }
            }
        }
    }

    @Test
    void the_served_document_has_no_fault_swagger_parser_or_the_checks_of_ids_and_keywords_find() {
        assertThat(faults(served())).isEmpty();
    }

    @Test
    void the_checks_find_a_stray_key_missing_repeated_and_badly_cased_ids_and_what_swagger_parser_finds() {
        String doc = served();
        String broken = doc
                .replace("description: 'The field, header or JSON pointer in error.'", "description: The field, header or JSON pointer in error.")
                .replaceFirst("\n *operationId: signIn\n", "\n")
                .replace("operationId: getMe", "operationId: get_me")
                .replace("operationId: listUsers", "operationId: addUser")
                .replace("schema: {$ref: '#/components/schemas/SignIn'}", "schema: {$ref: '#/components/schemas/SignOn'}");
        assertThat(broken).isNotEqualTo(doc);

        List<String> faults = faults(broken);

        assertThat(faults).anyMatch(f -> f.contains("/components/schemas/Problem/properties/field: 'header or JSON pointer in error.'"))
                .contains("POST /session: no operationId", "GET /me: operationId get_me is not camelCase",
                        "POST /users: operationId addUser is also GET /users's")
                .anyMatch(f -> f.startsWith("swagger-parser: ") && f.contains("SignOn"));
    }
}
