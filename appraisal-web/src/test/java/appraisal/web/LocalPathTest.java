package appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the page may send a browser back to: only a path on this site. */
class LocalPathTest {

    @Test
    void a_path_on_this_site_is_kept_with_its_query_and_fragment() {
        assertThat(LocalPath.of("/agreements")).contains("/agreements");
        assertThat(LocalPath.of("/agreements/AG-4?done=signed#editor")).contains("/agreements/AG-4?done=signed#editor");
        assertThat(LocalPath.of("/dashboard?office=%E0%B8%81")).contains("/dashboard?office=%E0%B8%81");
    }

    @Test
    void another_origin_in_any_spelling_a_browser_accepts_is_refused() {
        for (String elsewhere : new String[] {"//evil.example/", "/\\evil.example/", "\\\\evil.example", "https://evil.example/",
                "javascript:alert(1)", "evil.example", "", "/\t/evil.example/", "/ok\r\nSet-Cookie: x=1", "/a\\b", "/%zz"}) {
            assertThat(LocalPath.of(elsewhere)).as(elsewhere).isEmpty();
        }
        assertThat(LocalPath.of(null)).isEmpty();
    }
}
