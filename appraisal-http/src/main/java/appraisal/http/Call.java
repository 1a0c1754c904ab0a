package appraisal.http;

import appraisal.domain.model.access.Principal;
import appraisal.domain.model.access.Visibility;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.store.StoreEpoch;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.AgreementQueries;
import appraisal.interchange.ParsedTree;
import appraisal.interchange.Syntax;
import appraisal.interchange.TreeText;
import com.fasterxml.jackson.databind.util.RawValue;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request as a route sees it: who is calling (already authenticated), what they may see, the
 * parameters and body read strictly, and the ways to answer.
 */
public final class Call {

    /** An agreement's ETag: the store epoch and the version, {@code "5c1e0a9b27d4-v7"}; {@code "v7"} as older servers gave it. */
    private static final String EXAMPLE = "5c1e0a9b27d4-v7";
    private static final Pattern ETAG = Pattern.compile("^(?:W/)?\"(?:([0-9a-z]{1,32})-)?v(\\d{1,18})\"$");
    static final int MAX_PAGE_SIZE = 100;
    static final int DEFAULT_PAGE_SIZE = 20;

    private final Context ctx;
    private final Optional<Principal> principal;
    private final Supplier<Visibility> visibilitySource;
    private final JsonBodies json;
    private final TreeText trees;
    private final Supplier<String> formToken;
    private Visibility visibility;
    /** The store epoch, read before the first agreement this request answers with (see {@link #shown}). */
    private StoreEpoch epoch;

    /**
     * {@code visibility}: what the signed-in user may see, asked for at most once (null when nobody is signed in);
     * {@code formToken}: the token of a form shown to someone not signed in (sets its cookie when first asked).
     */
    Call(Context ctx, Optional<Principal> principal, Supplier<Visibility> visibility, JsonBodies json, TreeText trees,
         Supplier<String> formToken) {
        this.ctx = ctx;
        this.principal = principal;
        this.visibilitySource = visibility;
        this.json = json;
        this.trees = trees;
        this.formToken = formToken;
    }

    public Context context() {
        return ctx;
    }

    public Optional<Principal> maybePrincipal() {
        return principal;
    }

    /** The signed-in user; routes that are not public only run with one. */
    public Principal principal() {
        return principal.orElseThrow(() -> new ApiProblem(401, "auth.required", "sign in (POST /api/v1/session) or send "
                + "'Authorization: Bearer <token>'"));
    }

    /**
     * The token a page's forms carry as {@code _csrf}: the CSRF token of the session this request came
     * with; for someone not signed in, the token of the sign-in form (its cookie is set with this
     * answer); empty for a bearer token.
     */
    public Optional<String> csrfToken() {
        String session = ctx.attribute(Authenticator.CSRF);
        if (session != null) {
            return Optional.of(session);
        }
        return principal.isEmpty() ? Optional.of(formToken.get()) : Optional.empty();
    }

    /** What the signed-in user may see, worked out once per request. */
    public Visibility visibility() {
        if (visibility == null) {
            principal();
            visibility = visibilitySource.get();
        }
        return visibility;
    }

    public String path(String name) {
        return ctx.pathParam(name);
    }

    public Optional<String> query(String name) {
        String value = ctx.queryParam(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    public String requiredQuery(String name) {
        return query(name).orElseThrow(() -> new ApiProblem(400, "request.missing-parameter",
                "the query parameter '" + name + "' is required", name));
    }

    /** The page asked for ({@code page} from 1, {@code size} 1 to 100, default 20). */
    public Paging paging() {
        return new Paging(positive("page", 1, Integer.MAX_VALUE), positive("size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE));
    }

    private int positive(String name, int fallback, int max) {
        Optional<String> text = query(name);
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.get());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new ApiProblem(400, "request.bad-page", "'" + name + "' must be a whole number from 1 to " + max + ", got '"
                + text.get() + "'", name);
    }

    /** The body as a request record (JSON only). */
    public <T> T body(Class<T> type) {
        requireMediaType(false);
        return json.read(ctx.bodyAsBytes(), type);
    }

    /** The body as an interchange tree: JSON, or YAML when sent as {@code application/yaml}. */
    public ParsedTree tree() {
        boolean yaml = requireMediaType(true);
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            throw new ApiProblem(400, "request.empty-body", "the request has no body; send a JSON document");
        }
        return trees.read(new String(bytes, StandardCharsets.UTF_8), yaml ? Syntax.YAML : Syntax.JSON, "body");
    }

    /** Refuses anything but JSON (and, where allowed, YAML); says whether it is YAML. */
    private boolean requireMediaType(boolean yamlAllowed) {
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        String base = type.contains(";") ? type.substring(0, type.indexOf(';')).strip() : type.strip();
        if (base.equals("application/json")) {
            return false;
        }
        if (yamlAllowed && (base.equals("application/yaml") || base.equals("application/x-yaml") || base.equals("text/yaml"))) {
            return true;
        }
        throw new ApiProblem(415, "request.unsupported-media-type", "send the body as application/json"
                + (yamlAllowed ? " or application/yaml" : "") + (base.isEmpty() ? "" : ", not " + base), "Content-Type");
    }

    /**
     * The store epoch and version named by {@code If-Match} ({@code "5c1e0a9b27d4-v7"}); required on
     * every change to an agreement. A tag without an epoch ({@code "v7"}, from a server before
     * epochs) names a version of no known epoch: stale, as one of an epoch gone.
     */
    private AgreementChange ifMatch(AgreementId id) {
        String header = ctx.header("If-Match");
        if (header == null || header.isBlank()) {
            throw new ApiProblem(428, "request.if-match-required", "changing an agreement needs 'If-Match' with the ETag of "
                    + "the version you saw (GET the agreement: its ETag header, e.g. \"" + EXAMPLE + "\")", "If-Match");
        }
        Matcher m = ETAG.matcher(header.strip());
        if (!m.matches()) {
            throw new ApiProblem(400, "request.bad-if-match", "'If-Match' must be an agreement ETag such as \"" + EXAMPLE + "\", got "
                    + header.strip(), "If-Match");
        }
        if (m.group(1) == null) {
            throw DomainException.conflict("agreement.stale-version", "the ETag " + header.strip() + " names no store epoch (it is "
                    + "from an older server): GET agreement " + id + " again and send its ETag");
        }
        return AgreementChange.at(id, principal().acting(), Long.parseLong(m.group(2)), new StoreEpoch(m.group(1)));
    }

    /**
     * The change this request makes to an agreement: by the signed-in user, at the version they saw.
     * {@code If-Match: *} (RFC 9110: any current version) is a script's explicit choice to apply the
     * change to whatever version is current, e.g. a bulk upload of results; it must still be said.
     */
    public AgreementChange change(AgreementId id) {
        String header = ctx.header("If-Match");
        if (header != null && header.strip().equals("*")) {
            return AgreementChange.of(id, principal().acting());
        }
        return ifMatch(id);
    }

    /**
     * An agreement's ETag: the store epoch and its version. The version alone would repeat: a
     * restore takes versions back with the data, and later changes count up to the same numbers
     * with other contents; the epoch is new after every restore.
     */
    public static String etag(StoreEpoch epoch, long version) {
        return "\"" + epoch.value() + "-v" + version + "\"";
    }

    public void json(int status, Object body) {
        ctx.status(status).contentType("application/json").result(json.write(body));
    }

    public void tree(int status, Node body) {
        ctx.status(status).contentType("application/json").result(trees.writeCompact(body).getBytes(StandardCharsets.UTF_8));
    }

    /** An agreement read by {@link #shown} in the interchange format (its JSON from {@link AgreementJson}), with its ETag. */
    void agreement(int status, Agreement a, byte[] json) {
        if (epoch == null) {
            throw new IllegalStateException("an agreement is answered with its ETag only after the store epoch was read (Call.shown)");
        }
        ctx.header("ETag", etag(epoch, a.version()));
        ctx.status(status).contentType("application/json").result(json);
    }

    public RawValue raw(Node node) {
        return new RawValue(trees.writeCompact(node));
    }

    /** JSON text written already, to embed as it is. */
    public RawValue raw(String json) {
        return new RawValue(json);
    }

    /** One page of {@code all}, with the link to the next page when there is one. */
    public <T> Page<T> page(List<T> all) {
        Paging p = paging();
        long from = (long) (p.page() - 1) * p.size();
        List<T> items = from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + p.size()));
        String next = from + p.size() < all.size() ? nextLink(p) : null;
        return new Page<>(items, p.page(), p.size(), all.size(), next);
    }

    private String nextLink(Paging p) {
        StringBuilder q = new StringBuilder();
        ctx.queryParamMap().forEach((name, values) -> {
            if (!name.equals("page") && !name.equals("size")) {
                for (String v : values) {
                    q.append(q.length() == 0 ? "?" : "&").append(encode(name)).append('=').append(encode(v));
                }
            }
        });
        q.append(q.length() == 0 ? "?" : "&").append("page=").append(p.page() + 1).append("&size=").append(p.size());
        return ctx.path() + q;
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A refusal about part of a body document, with the line and column in the message and the JSON pointer as the field. */
    public static DomainException located(ParsedTree parsed, DomainException e) {
        if (!e.location().startsWith("/")) {
            return e;
        }
        return new DomainException(e.kind(), e.code(), parsed.locate(e.location()) + " (" + e.location() + "): " + e.getMessage(),
                e.location());
    }

    /**
     * A file to save, never to show in the page: its own media type (not sniffed, not cached, as
     * every answer), a stricter policy than the pages' — nothing runs, a sandbox — if a browser shows
     * it anyway, and its name for the download (RFC 6266, UTF-8).
     */
    public void download(String name, String mediaType, byte[] bytes) {
        ctx.status(200).contentType(mediaType)
                .header("Content-Security-Policy", "default-src 'none'; sandbox; frame-ancestors 'none'")
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + encode(name).replace("+", "%20"))
                .result(bytes);
    }

    public void noContent() {
        ctx.status(204);
    }

    /**
     * The agreement named by the path's {@code id}, if the caller may see it; otherwise the same
     * 404 as for one that does not exist, so nothing outside the caller's scope shows it exists.
     */
    public Agreement visibleAgreement(AgreementQueries agreements) {
        AgreementId id = new AgreementId(path("id"));
        Agreement a;
        try {
            a = shown(agreements, id);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw hidden("agreement.not-found", "agreement " + id.value());
            }
            throw e;
        }
        if (!visibility().sees(a.appraisee())) {
            throw hidden("agreement.not-found", "agreement " + id.value());
        }
        return a;
    }

    /**
     * The agreement {@code id} as stored now, the store epoch read first (once per request): if a
     * restore comes in between, the ETag names the epoch gone and is refused as stale, never taken
     * for the restored agreement's same version.
     */
    public Agreement shown(AgreementQueries agreements, AgreementId id) {
        if (epoch == null) {
            epoch = agreements.epoch();
        }
        return agreements.show(id);
    }

    /** Hides what the caller may not see: the same answer as for something that does not exist. */
    public static DomainException hidden(String code, String what) {
        return DomainException.notFound(code, what + " does not exist or is outside your scope");
    }

    /** The page a list asks for. */
    public record Paging(int page, int size) {
    }
}
