package appraisal.domain.model.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/authority.md} holds the authority table as people read it, between two markers; the
 * table there is rendered from {@link Authority#table()}, so the page cannot say anything the code
 * does not do. When the table changes, this test fails and writes the new rendering to
 * {@code target/authority-table.md} to paste in.
 */
class AuthorityPageTest {

    static final String BEGIN = "<!-- authority table: generated from Authority.table() by AuthorityPageTest -->";
    static final String END = "<!-- end of authority table -->";

    @Test
    void the_page_in_docs_shows_exactly_the_table_the_use_cases_obey() throws IOException {
        Path page = Path.of("..", "docs", "authority.md");
        String text = Files.readString(page, StandardCharsets.UTF_8);
        int from = text.indexOf(BEGIN);
        int to = text.indexOf(END);
        assertThat(from).as("docs/authority.md has the marker " + BEGIN).isNotNegative();
        assertThat(to).as("docs/authority.md has the marker " + END).isGreaterThan(from);
        String shown = text.substring(from + BEGIN.length(), to).strip();
        String rendered = render();
        if (!shown.equals(rendered)) {
            Files.createDirectories(Path.of("target"));
            Files.writeString(Path.of("target", "authority-table.md"), rendered + "\n", StandardCharsets.UTF_8);
        }
        assertThat(shown).as("docs/authority.md's table (the rendering is in target/authority-table.md)").isEqualTo(rendered);
    }

    /** The table as Markdown: a row per act, a column per party, the statuses and the condition. */
    static String render() {
        StringBuilder out = new StringBuilder();
        out.append("| act | ขั้นตอน | while the agreement is |");
        for (Party p : Party.values()) {
            out.append(' ').append(p.code()).append(" |");
        }
        out.append(" and |\n|---|---|---|");
        out.append("---|".repeat(Party.values().length)).append("---|\n");
        for (Authority.Rule rule : Authority.table()) {
            out.append("| `").append(rule.act().code()).append("` ").append(rule.act().english())
                    .append(" | ").append(rule.act().thai()).append(" | ")
                    .append(rule.onNewAgreement() ? "(not drafted yet)"
                            : rule.statuses().stream().map(AgreementStatus::name).collect(Collectors.joining(", ")))
                    .append(" |");
            for (Party p : Party.values()) {
                out.append(rule.allows(p) ? " ✓ |" : " · |");
            }
            out.append(' ').append(rule.condition().english()).append(" |\n");
        }
        return out.toString().strip();
    }
}
