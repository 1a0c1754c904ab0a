package appraisal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The OpenAPI document and the server agree: every route documented, every documented route served, as served and to whom. */
class ApiDocumentTest {


    private final ApiDocument document = new ApiDocument();

    @Test
    void every_registered_route_is_documented_and_every_documented_operation_is_registered() throws Exception {
        try (ApiFixture api = ApiFixture.start()) {
            Set<String> registered = new TreeSet<>(api.server.registeredRoutes());
            assertThat(registered).as("what Javalin serves").hasSizeGreaterThan(40)
                    .isEqualTo(api.server.routes().stream().map(Route::key).collect(Collectors.toCollection(TreeSet::new)));
            Set<String> documented = document.operations();
            assertThat(difference(registered, documented)).as("served but not documented").isEmpty();
            assertThat(difference(documented, registered)).as("documented but not served").isEmpty();
            assertThat(api.get(null, "/openapi.yaml").body()).isEqualTo(new String(
                    ApiDocument.class.getResourceAsStream("/appraisal/http/openapi.yaml").readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    @Test
    void every_operation_s_security_says_who_may_call_it_as_the_route_s_access_does() throws Exception {
        try (ApiFixture api = ApiFixture.start()) {
            Map<String, Access> served = new TreeMap<>();
            Map<String, Access> documented = new TreeMap<>();
            for (Route route : api.server.routes()) {
                served.put(route.key(), route.access());
                documented.put(route.key(), document.access(route.key()));
            }
            assertThat(documented).isEqualTo(served).containsEntry("POST " + ApiServer.BASE + "/users", Access.ADMIN)
                    .containsEntry("POST " + ApiServer.BASE + "/session", Access.PUBLIC)
                    .containsEntry("GET " + ApiServer.BASE + "/me", Access.SIGNED_IN);
        }
    }

    @Test
    void the_document_is_openapi_3_1_and_every_reference_in_it_resolves() {
        assertThat(document.root().path("openapi").asText()).isEqualTo("3.1.0");
        String text = document.root().toString();
        java.util.regex.Matcher refs = java.util.regex.Pattern.compile("\"\\$ref\":\"#([^\"]+)\"").matcher(text);
        int n = 0;
        while (refs.find()) {
            n++;
            assertThat(document.root().at(refs.group(1)).isMissingNode()).as(refs.group(1)).isFalse();
        }
        assertThat(n).isGreaterThan(50);
    }

    @Test
    void the_schema_check_finds_answers_that_break_the_document() {
        String problem = "{\"type\":\"urn:appraisal:problem:x.y\",\"title\":\"Not found\",\"status\":404,\"detail\":\"d\","
                + "\"code\":\"x.y\"}";
        assertThat(document.violations(new ApiFixture.Exchange("GET", "/agreements/{id}", 404, "application/problem+json", problem)))
                .as("a problem without detail_th").singleElement().asString().contains("detail_th");
        assertThat(document.violations(new ApiFixture.Exchange("GET", "/me", 200, "application/json",
                "{\"username\":\"u\",\"admin\":\"yes\"}"))).as("a wrong type").isNotEmpty();
        assertThat(document.violations(new ApiFixture.Exchange("GET", "/me", 200, "text/html", "<p>"))).as("an undocumented media type")
                .isNotEmpty();
        assertThat(document.violations(new ApiFixture.Exchange("GET", "/nowhere", 200, "application/json", "{}"))).isNotEmpty();
        assertThat(document.violations(new ApiFixture.Exchange("GET", "/me", 200, "application/json",
                "{\"username\":\"u\",\"admin\":true}"))).as("a good answer").isEmpty();
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}
