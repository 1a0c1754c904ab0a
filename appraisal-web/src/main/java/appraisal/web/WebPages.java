package appraisal.web;

import appraisal.domain.model.agreement.Act;
import appraisal.http.Access;
import appraisal.http.ApiServer;
import appraisal.http.Call;
import appraisal.http.Pages;
import appraisal.http.Route;
import appraisal.http.ServerSettings;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web page's routes, served by the API's server ({@link ApiServer} with these {@link Pages}):
 * signed in with the API's session cookie, every form post checked for the session's CSRF token by
 * the server before a page sees it, and every refusal shown as a page with the Thai text of its code.
 */
public final class WebPages implements Pages {

    /** Files served as they are: the style sheet, the script, and the forms' own Thai font. */
    private static final Map<String, String[]> STATIC = Map.of(
            "app.css", new String[] {"/appraisal/web/static/app.css", "text/css; charset=utf-8"},
            "app.js", new String[] {"/appraisal/web/static/app.js", "text/javascript; charset=utf-8"},
            "Sarabun-Regular.ttf", new String[] {"/appraisal/documents/fonts/Sarabun-Regular.ttf", "font/ttf"},
            "Sarabun-Bold.ttf", new String[] {"/appraisal/documents/fonts/Sarabun-Bold.ttf", "font/ttf"},
            "OFL.txt", new String[] {"/appraisal/documents/fonts/OFL.txt", "text/plain; charset=utf-8"});

    private static final Pattern FILE_LINE = Pattern.compile("(.+?):(\\d+)(?::(\\d+))?");

    private final WebUseCases uses;
    private final Templates templates = new Templates();
    private ApiServer server;

    private WebPages(WebUseCases uses) {
        this.uses = uses;
    }

    /** The API and the web page on one server. */
    public static ApiServer server(WebUseCases uses, ServerSettings settings) {
        WebPages pages = new WebPages(uses);
        pages.server = new ApiServer(uses.api(), settings, pages);
        return pages.server;
    }

    @Override
    public void declare(List<Route> routes) {
        routes.add(new Route("GET", "/static/{file}", Access.PUBLIC, this::staticFile));
        routes.add(new Route("GET", "/digits", Access.PUBLIC, this::digits));
        routes.add(new Route("GET", "/login", Access.PUBLIC, this::loginForm));
        routes.add(new Route("POST", "/login", Access.PUBLIC, this::login));
        routes.add(new Route("POST", "/logout", Access.SIGNED_IN, this::logout));
        routes.add(new Route("GET", "/", Access.SIGNED_IN, call -> call.context().status(303).header("Location", "/agreements")));
        PageReads reads = new PageReads(uses.reads());
        new AgreementPages(uses.agreements(), reads, templates).declare(routes);
        new LifecyclePosts(uses.lifecycle(), templates).declare(routes);
        new DraftPages(uses.drafts(), templates).declare(routes);
        new TeamPages(uses.team(), reads, templates).declare(routes);
        new CascadePages(uses.cascades(), reads, templates).declare(routes);
        new TaskPages(uses.tasks(), reads, templates).declare(routes);
        new OfficePages(uses.offices(), templates).declare(routes);
        new AdminPages(uses.admin(), templates).declare(routes);
    }

    @Override
    public void refuse(Context ctx, Refusal refusal) {
        if (refusal.status() == 401 && ctx.method().name().equals("GET")) {
            ctx.status(303).header("Location", "/login?next=" + Screen.encode(ctx.path()));
            return;
        }
        String back = "/";
        String referer = ctx.header("Referer");
        if (referer != null) {
            int at = referer.indexOf("://");
            int slash = at < 0 ? -1 : referer.indexOf('/', at + 3);
            if (slash > 0) {
                back = LocalPath.of(referer.substring(slash)).orElse("/");
            }
        }
        String html = templates.render("refusal.jte", Map.of("frame", new Frame("ทำรายการไม่สำเร็จ", "", "", List.of(), false, ctx.path(), ""),
                "refusal", refusal, "back", back, "where", where(refusal.field()), "field", FieldNames.thai(refusal.code(), refusal.field()),
                "forbidden", forbidden(refusal, ctx.path())));
        ctx.status(refusal.status()).contentType("text/html; charset=utf-8").result(html);
    }

    /** The pages' posts by the act each does (the path's end), so a refusal of who may act can name the act. */
    private static final Map<String, Act> ACTS = Map.ofEntries(Map.entry("/signature", Act.SIGN), Map.entry("/results", Act.RECORD_RESULT),
            Map.entry("/self-assessment", Act.SUBMIT), Map.entry("/evaluation", Act.EVALUATE), Map.entry("/acknowledgement", Act.ACKNOWLEDGE),
            Map.entry("/refusal", Act.RECORD_REFUSAL), Map.entry("/review", Act.REVIEW), Map.entry("/closure", Act.CLOSE),
            Map.entry("/reopening", Act.REOPEN), Map.entry("/weights", Act.EDIT_DRAFT), Map.entry("/items", Act.EDIT_DRAFT),
            Map.entry("/removal", Act.EDIT_DRAFT), Map.entry("/targets", Act.EDIT_DRAFT), Map.entry("/parent", Act.EDIT_DRAFT),
            Map.entry("/team/derivations", Act.DERIVE), Map.entry("/cascade/broadcasts", Act.BROADCAST), Map.entry("/agreements/copies", Act.DRAFT));

    /**
     * A refusal of who may act ({@code FORBIDDEN}: the authority's {@code authority.*}), said in Thai naming the act the
     * post was ("ท่านไม่มีสิทธิ์ปิดการประเมิน"); blank for any other refusal.
     */
    static String forbidden(Refusal refusal, String path) {
        if (refusal.status() != 403 || !refusal.code().startsWith("authority.")) {
            return "";
        }
        int slash = path.lastIndexOf('/');
        Act act = ACTS.getOrDefault(slash < 0 ? path : path.substring(slash), ACTS.get(path));
        return "ท่านไม่มีสิทธิ์" + (act == null ? "ดำเนินการนี้" : act.thai());
    }

    /** A refusal's place in a file ({@code FILE:LINE} or {@code FILE:LINE:COLUMN}, as the file readers name it), said in Thai. */
    static String where(String location) {
        Matcher m = FILE_LINE.matcher(location);
        if (!m.matches()) {
            return "";
        }
        return "ไฟล์ " + m.group(1) + " บรรทัดที่ " + m.group(2) + (m.group(3) == null ? "" : " คอลัมน์ที่ " + m.group(3));
    }

    private void staticFile(Call call) throws IOException {
        String[] file = STATIC.get(call.path("file"));
        if (file == null) {
            throw Call.hidden("request.no-route", "/static/" + call.path("file"));
        }
        try (InputStream in = WebPages.class.getResourceAsStream(file[0])) {
            if (in == null) {
                throw new UncheckedIOException(new IOException(file[0] + " is missing from the jar"));
            }
            call.context().status(200).contentType(file[1]).header("Cache-Control", "max-age=3600").result(in.readAllBytes());
        }
    }

    /** Thai or Arabic digits on every page, remembered in a cookie (a preference, not a change: no CSRF needed). */
    private void digits(Call call) {
        boolean thai = call.query("thai").map("1"::equals).orElse(false);
        call.context().header("Set-Cookie", Screen.DIGITS_COOKIE + "=" + (thai ? "thai" : "arabic") + "; Path=/; Max-Age=31536000; SameSite=Lax");
        String back = call.query("back").flatMap(LocalPath::of).orElse("/");
        call.context().status(303).header("Location", back);
    }

    private void loginForm(Call call) {
        Screen s = new Screen(call, templates);
        s.page("login.jte", Screen.params("frame", s.frame("เข้าสู่ระบบ", "login"), "next", next(call), "failed", false));
    }

    private void login(Call call) {
        Screen s = new Screen(call, templates);
        String username = s.field("username").orElse("");
        char[] password = s.field("password").orElse("").toCharArray();
        server.openSession(call.context(), username, password);
        s.seeOther(next(call));
    }

    private static String next(Call call) {
        String given = call.context().formParam("next");
        if (given == null) {
            given = call.context().queryParam("next");
        }
        return LocalPath.of(given).orElse("/agreements");
    }

    private void logout(Call call) {
        server.closeSession(call.context());
        call.context().status(303).header("Location", "/login");
    }
}
