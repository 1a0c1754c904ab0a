package appraisal.web;

import appraisal.documents.FormText;
import appraisal.domain.model.access.Principal;
import appraisal.domain.model.org.PersonId;
import appraisal.http.ApiProblem;
import appraisal.http.Call;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One page request: who asks, how they want digits written, the form's fields, and the ways to answer. */
final class Screen {

    static final String DIGITS_COOKIE = "appraisal_digits";

    final Call call;
    final FormText text;
    private final Templates templates;

    Screen(Call call, Templates templates) {
        this.call = call;
        this.templates = templates;
        this.text = new FormText("thai".equals(call.context().cookie(DIGITS_COOKIE)));
    }

    Context ctx() {
        return call.context();
    }

    Principal principal() {
        return call.principal();
    }

    Optional<PersonId> me() {
        return call.maybePrincipal().flatMap(Principal::person);
    }

    boolean admin() {
        return call.maybePrincipal().map(Principal::admin).orElse(false);
    }

    Frame frame(String title, String current) {
        String user = call.maybePrincipal().map(Principal::username).orElse("");
        List<Frame.Link> menu = new ArrayList<>();
        if (!user.isEmpty()) {
            menu.add(new Frame.Link("/agreements", "ข้อตกลงของฉัน", current.equals("agreements")));
            menu.add(new Frame.Link("/tasks", "งานที่รอดำเนินการ", current.equals("tasks")));
            menu.add(new Frame.Link("/team", "ทีมของฉัน", current.equals("team")));
            menu.add(new Frame.Link("/dashboard", "ภาพรวมสำนักงาน", current.equals("dashboard")));
            menu.add(new Frame.Link("/rubrics", "ตัวชี้วัด", current.equals("rubrics")));
            menu.add(new Frame.Link("/account", "บัญชีและโทเค็น", current.equals("account")));
            if (admin()) {
                menu.add(new Frame.Link("/admin", "ผู้ดูแลระบบ", current.equals("admin")));
            }
        }
        return new Frame(title, user, call.csrfToken().orElse(""), menu, text.thaiDigits(), ctx().path()
                + (ctx().queryString() == null ? "" : "?" + ctx().queryString()), call.query("done").map(this::notice).orElse(""));
    }

    /** What a change just did, said on the page it comes back to. */
    private String notice(String done) {
        switch (done) {
            case "copied": return "คัดลอกข้อตกลง " + call.query("from").orElse("") + " ของรอบก่อนมาเป็นร่างแล้ว"
                    + call.query("left-out").map(l -> " (ตัวชี้วัด " + l + " มีฉบับใหม่ จึงไม่ได้คัดลอกค่าเป้าหมายที่ปรับไว้)").orElse("");
            case "edited": return "แก้ไขร่างข้อตกลงแล้ว";
            case "reopened": return "เปิดการประเมินใหม่แล้ว";
            case "signed": return "ลงนามแล้ว";
            case "results": return "บันทึกผลการดำเนินงานแล้ว";
            case "submitted": return "ส่งการประเมินตนเองแล้ว";
            case "evaluated": return "บันทึกผลการประเมินแล้ว";
            case "acknowledged": return "รับทราบผลการประเมินแล้ว";
            case "refused": return "บันทึกการไม่ลงนามรับทราบพร้อมพยานแล้ว";
            case "reviewed": return "บันทึกความเห็นผู้บังคับบัญชาเหนือขึ้นไปแล้ว";
            case "closed": return "ปิดข้อตกลงแล้ว";
            case "drafted": return "ร่างข้อตกลงแล้ว";
            case "saved": return "บันทึกแล้ว";
            default: return "";
        }
    }

    void page(String template, Map<String, Object> params) {
        // Cache-Control: no-store, with the other headers of every answer (SecurityHeaders): pages hold personal data.
        ctx().status(200).contentType("text/html; charset=utf-8").result(templates.render(template, params));
    }

    static Map<String, Object> params(Object... pairs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            out.put((String) pairs[i], pairs[i + 1]);
        }
        return out;
    }

    /** After a change, the page to see it on (303: the browser GETs it, so a reload does not repeat the post). */
    void seeOther(String to) {
        ctx().status(303).header("Location", to);
    }

    /** A form field, stripped; empty when absent or blank. */
    Optional<String> field(String name) {
        String v = ctx().formParam(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    String required(String name, String what) {
        return field(name).orElseThrow(() -> new ApiProblem(422, "web.field-required", "the form field '" + name + "' (" + what
                + ") is required", name));
    }

    long version() {
        String v = required("version", "the version of the agreement the form was made from");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw new ApiProblem(400, "request.bad-if-match", "the form's version must be a whole number, got '" + v + "'", "version");
        }
    }

    List<UploadedFile> files(String name) {
        return ctx().uploadedFiles(name);
    }

    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
