package appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.http.ServerFixture;
import appraisal.http.ServerFixture.Answer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in CSRF (issue 14): another site's form posted to {@code /login} must not sign the victim's
 * browser in as the attacker. The sign-in form carries the token of a {@code SameSite=Strict}
 * cookie set when it is shown; a post without both, or from another site, is refused and signs
 * nobody in.
 */
class SignInCsrfTest {

    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final ServerFixture pages = PageServer.start();

    @AfterEach
    void stop() {
        pages.close();
    }

    /** The sign-in page as a browser sees it first: its cookie ({@code appraisal_form=…}) and the token in its form. */
    private String[] loginPage() {
        Answer page = pages.send("GET", "/login", (byte[]) null);
        assertThat(page.status()).isEqualTo(200);
        Matcher m = FORM_TOKEN.matcher(page.body());
        assertThat(m.find()).as("the form has its token").isTrue();
        return new String[] {page.header("Set-Cookie"), m.group(1)};
    }

    private static String form(String token) {
        return (token == null ? "" : "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&") + "next=%2Fagreements&username=appraisee&password="
                + URLEncoder.encode(ServerFixture.PASSWORD, StandardCharsets.UTF_8);
    }

    private Answer post(String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "application/x-www-form-urlencoded";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return pages.send("POST", "/login", body, all);
    }

    private long signIns() {
        return pages.system.audit.all().stream().filter(e -> e.type().equals("account.signed-in")).count();
    }

    private static void refusedWithoutSession(Answer a, String code) {
        assertThat(a.status()).as(a.toString()).isEqualTo(403);
        assertThat(a.header("Content-Type")).startsWith("text/html");
        assertThat(a.body()).contains("ทำรายการไม่สำเร็จ", code);
        assertThat(a.header("Set-Cookie")).as("no session cookie").satisfiesAnyOf(c -> assertThat(c).isNull(),
                c -> assertThat(c).doesNotContain("appraisal_session"));
    }

    @Test
    void the_sign_in_page_sets_a_strict_http_only_cookie_whose_token_its_form_carries_and_a_second_visit_keeps_it() {
        String[] first = loginPage();
        assertThat(first[0]).startsWith("appraisal_form=" + first[1] + ";").contains("HttpOnly", "SameSite=Strict", "Path=/");
        assertThat(first[1]).matches("[A-Za-z0-9_-]{43}");

        Answer again = pages.send("GET", "/login", (byte[]) null, "Cookie", first[0].split(";")[0]);
        assertThat(again.body()).contains("name=\"_csrf\" value=\"" + first[1] + "\"");
        assertThat(again.header("Set-Cookie")).as("two tabs of the page share the token").isNull();
    }

    @Test
    void a_sign_in_posted_without_the_token_or_without_the_cookie_or_with_another_token_is_refused_and_signs_nobody_in() {
        String[] page = loginPage();
        String cookie = page[0].split(";")[0];

        refusedWithoutSession(post(form(null)), "auth.form-token-missing");
        refusedWithoutSession(post(form(null), "Cookie", cookie), "auth.form-token-missing");
        refusedWithoutSession(post(form(page[1])), "auth.form-token-missing");
        refusedWithoutSession(post(form("x".repeat(43)), "Cookie", cookie), "auth.form-token-mismatch");

        assertThat(signIns()).isZero();
    }

    @Test
    void a_sign_in_from_another_sites_page_is_refused_even_with_the_token() {
        String[] page = loginPage();
        String cookie = page[0].split(";")[0];

        refusedWithoutSession(post(form(page[1]), "Cookie", cookie, "Sec-Fetch-Site", "cross-site"), "auth.cross-site");
        refusedWithoutSession(post(form(page[1]), "Cookie", cookie, "Sec-Fetch-Site", "same-site"), "auth.cross-site");
        refusedWithoutSession(post(form(page[1]), "Cookie", cookie, "Origin", "https://evil.example"), "auth.cross-site");
        refusedWithoutSession(post(form(page[1]), "Cookie", cookie, "Origin", "null"), "auth.cross-site");

        assertThat(signIns()).isZero();
    }

    @Test
    void the_form_as_the_page_gave_it_signs_in_from_this_site_and_a_script_still_signs_in_through_the_api() {
        String[] page = loginPage();
        String cookie = page[0].split(";")[0];

        Answer signedIn = post(form(page[1]), "Cookie", cookie, "Sec-Fetch-Site", "same-origin", "Origin",
                "http://127.0.0.1:" + pages.port());

        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(303);
        assertThat(signedIn.header("Location")).isEqualTo("/agreements");
        assertThat(signedIn.header("Set-Cookie")).startsWith("appraisal_session=");
        Answer agreements = pages.send("GET", "/agreements", (byte[]) null, "Cookie", signedIn.header("Set-Cookie").split(";")[0]);
        assertThat(agreements.status()).isEqualTo(200);
        assertThat(agreements.body()).contains("appraisee", "ออกจากระบบ");
        assertThat(post(form(page[1]), "Cookie", cookie).status()).as("a client that says nothing of its site (an older browser)")
                .isEqualTo(303);
        assertThat(pages.signIn("evaluator").csrf()).as("the API's JSON sign-in needs no form token").isNotBlank();
        assertThat(signIns()).isEqualTo(3);
    }
}
