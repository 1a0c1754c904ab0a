package appraisal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every registered route × every role (and anonymous) × a target in the role's scope and one
 * outside it. Outside the scope a thing does not exist (404, never 403: its existence is not
 * leaked); admin-only routes are 403 for everyone else; nothing but the public routes answers
 * without signing in. Requests carry no If-Match and bodies that stop short of changing
 * anything, so the whole matrix changes nothing — which the test checks too.
 */
class ApiAuthorizationMatrixTest {

    /** How a route decides who may use it. */
    enum Scope {
        PUBLIC, SIGNED_IN, ADMIN,
        /** An agreement, a person, or a body naming one: the org scope of people. */
        PEOPLE,
        /** A unit, or a body naming one: only heads (of the unit or above) see it. */
        UNITS
    }

    enum Outcome { ALLOWED, UNAUTHENTICATED, FORBIDDEN, HIDDEN }

    private static final Set<String> HIDDEN_CODES = Set.of("agreement.not-found", "person.not-found", "org.unit-not-found");
    private static final String A = ApiServer.BASE + "/agreements/{id}";

    /** The matrix's rows: every route must be here, and nothing else. */
    private static final Map<String, Scope> ROUTES = new LinkedHashMap<>();

    static {
        for (String r : List.of("GET /health", "GET /ready", "GET /openapi.yaml", "GET /docs", "POST /session")) {
            ROUTES.put(key(r), Scope.PUBLIC);
        }
        for (String r : List.of("DELETE /session", "GET /me", "GET /tokens", "POST /tokens", "DELETE /tokens/{id}", "GET /org-units",
                "GET /people", "GET /rounds", "GET /rounds/{id}", "GET /rounds/{id}/scores", "GET /indicators",
                "GET /indicators/{code}/versions/{version}", "POST /rubrics/lint", "GET /agreements")) {
            ROUTES.put(key(r), Scope.SIGNED_IN);
        }
        for (String r : List.of("GET /users", "POST /users", "PUT /org-units/{id}", "PUT /people/{id}", "POST /rounds", "POST /rubrics")) {
            ROUTES.put(key(r), Scope.ADMIN);
        }
        for (String r : List.of("GET /people/{id}", "POST /agreements", "GET /agreements/{id}", "GET /agreements/{id}/history",
                "GET /agreements/{id}/score", "GET /agreements/{id}/roll-up", "GET /agreements/{id}/cascade",
                "POST /agreements/{id}/items", "PATCH /agreements/{id}/items/{item}", "DELETE /agreements/{id}/items/{item}",
                "PUT /agreements/{id}/items/{item}/targets", "PUT /agreements/{id}/items/{item}/roll-up",
                "DELETE /agreements/{id}/items/{item}/roll-up", "PUT /agreements/{id}/items/{item}/result",
                "POST /agreements/{id}/items/{item}/evidence", "GET /agreements/{id}/evidence/{sha256}",
                "POST /agreements/{id}/signatures", "POST /agreements/{id}/amendments", "POST /agreements/{id}/self-assessment",
                "PUT /agreements/{id}/evaluation", "POST /agreements/{id}/acknowledgement", "POST /agreements/{id}/refusal",
                "POST /agreements/{id}/review", "POST /agreements/{id}/reopenings", "POST /agreements/{id}/closure",
                "POST /cascades/derivations")) {
            ROUTES.put(key(r), Scope.PEOPLE);
        }
        for (String r : List.of("GET /org-units/{id}", "GET /rounds/{id}/compliance", "GET /cascades/report", "POST /cascades/broadcasts")) {
            ROUTES.put(key(r), Scope.UNITS);
        }
    }


    private static String key(String route) {
        int space = route.indexOf(' ');
        return route.substring(0, space) + " " + ApiServer.BASE + route.substring(space + 1);
    }

    @Test
    void every_route_answers_every_role_inside_and_outside_its_scope_as_the_rules_say() throws Exception {
        try (ApiFixture api = ApiFixture.start()) {
            assertThat(new TreeSet<>(ROUTES.keySet())).as("the matrix covers exactly the registered routes")
                    .isEqualTo(new TreeSet<>(api.server.registeredRoutes()));
            String before = api.dump();
            List<String> wrong = new ArrayList<>();
            List<String> roles = new ArrayList<>(ApiFixture.ROLES);
            roles.add(null);
            int cells = 0;
            for (Map.Entry<String, Scope> route : ROUTES.entrySet()) {
                for (String role : roles) {
                    for (boolean own : new boolean[] {true, false}) {
                        cells++;
                        Outcome expected = expected(route.getValue(), role, own);
                        ApiFixture.Reply reply = call(api, route.getKey(), role, own);
                        Outcome got = outcome(reply);
                        if (got != expected || reply.status() >= 500) {
                            wrong.add(route.getKey() + " as " + (role == null ? "anonymous" : role) + (own ? " (own)" : " (other)")
                                    + ": expected " + expected + ", got " + reply.status() + " " + reply.body());
                        }
                    }
                }
            }
            assertThat(wrong).as("cells that answer against the rules").isEmpty();
            assertThat(cells).isEqualTo(ROUTES.size() * 12);
            assertThat(ApiFixture.changes(before, api.dump())).as("the matrix changed nothing").isEmpty();
        }
    }

    private static Outcome expected(Scope scope, String role, boolean own) {
        if (role == null) {
            return scope == Scope.PUBLIC ? Outcome.ALLOWED : Outcome.UNAUTHENTICATED;
        }
        boolean admin = role.equals("admin");
        switch (scope) {
            case PUBLIC:
            case SIGNED_IN:
                return Outcome.ALLOWED;
            case ADMIN:
                return admin ? Outcome.ALLOWED : Outcome.FORBIDDEN;
            case PEOPLE:
                return admin || own ? Outcome.ALLOWED : Outcome.HIDDEN;
            case UNITS:
            default:
                boolean head = role.equals("office-head") || role.equals("province-head");
                return admin || (head && own) ? Outcome.ALLOWED : Outcome.HIDDEN;
        }
    }

    private static Outcome outcome(ApiFixture.Reply reply) {
        if (reply.status() == 401) {
            return Outcome.UNAUTHENTICATED;
        }
        if (reply.status() == 403) {
            return Outcome.FORBIDDEN;
        }
        if (reply.status() == 404 && HIDDEN_CODES.contains(reply.code())) {
            return Outcome.HIDDEN;
        }
        return Outcome.ALLOWED;
    }

    /** The route with its target inside the role's scope ({@code own}) or outside everyone's but the admin's. */
    private static ApiFixture.Reply call(ApiFixture api, String key, String role, boolean own) {
        String method = key.substring(0, key.indexOf(' '));
        String route = key.substring(key.indexOf(' ') + 1 + ApiServer.BASE.length());
        String agreement = own ? api.own.value() : api.outside.value();
        String person = own ? ApiFixture.APPRAISEE.value() : ApiFixture.OUTSIDER.value();
        String unit = own ? "BRM-MUEANG" : "SRN";
        List<String> args = new ArrayList<>();
        if (route.startsWith("/agreements/{id}")) {
            args.add(agreement);
        } else if (route.startsWith("/people/{id}")) {
            args.add(person);
        } else if (route.startsWith("/org-units/{id}")) {
            args.add(unit);
        } else if (route.startsWith("/rounds/{id}")) {
            args.add(ApiFixture.ROUND);
        } else if (route.startsWith("/tokens/{id}")) {
            args.add("no-such-token");
        } else if (route.startsWith("/indicators/{code}")) {
            args.add("P4");
            args.add("1");
        }
        if (route.contains("{item}")) {
            args.add("P4");
        }
        if (route.contains("{sha256}")) {
            args.add("ab".repeat(32));
        }
        String query = "";
        if (route.equals("/agreements")) {
            query = "?round=" + ApiFixture.ROUND;
        } else if (route.equals("/rounds/{id}/compliance")) {
            query = "?unit=" + unit;
        } else if (route.equals("/cascades/report")) {
            query = "?round=" + ApiFixture.ROUND + "&unit=" + unit;
        }
        String body = null;
        if (!method.equals("GET") && !method.equals("DELETE")) {
            body = "{}";
        }
        if (key.equals("POST " + ApiServer.BASE + "/agreements")) {
            // A round that does not exist: in scope the draft gets as far as the round and is refused there.
            body = "{\"round\":\"1999-1\",\"appraisee\":\"" + person + "\",\"items\":[]}";
        } else if (route.equals("/cascades/broadcasts")) {
            body = "{\"round\":\"" + ApiFixture.ROUND + "\",\"unit\":\"" + unit + "\",\"template\":[]}";
        } else if (route.equals("/cascades/derivations")) {
            body = "{\"parent\":\"" + agreement + "\",\"plan\":{}}";
        } else if (route.equals("/agreements/{id}/signatures") || route.equals("/agreements/{id}/self-assessment")
                || route.equals("/agreements/{id}/acknowledgement")) {
            body = null;
        }
        return api.send(role, method, route + query, body, Map.of(), args.toArray(new String[0]));
    }
}
