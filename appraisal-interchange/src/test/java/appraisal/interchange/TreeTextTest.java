package appraisal.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.criterion.TreeCursor;
import appraisal.domain.model.shared.DomainException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TreeTextTest {

    private final TreeText text = new TreeText();

    @Test
    void yaml_with_thai_text_and_decimals_reads_exactly_and_writes_back_the_same_tree() {
        String yaml = """
                rubric: ตัวชี้วัดงานรายทีม
                weight: 15
                target: 98.00
                done: true
                levels:
                  - text: ไม่น้อยกว่าร้อยละ ๘๐
                """;

        ParsedTree parsed = text.read(yaml, Syntax.YAML, "r.yaml");

        Node.Obj root = (Node.Obj) parsed.tree();
        assertThat(root.fields().keySet()).containsExactly("rubric", "weight", "target", "done", "levels");
        assertThat(((Node.Num) root.fields().get("target")).value()).isEqualTo(new BigDecimal("98.00"));
        assertThat(((Node.Text) root.fields().get("rubric")).value()).isEqualTo("ตัวชี้วัดงานรายทีม");
        for (Syntax syntax : Syntax.values()) {
            String written = text.write(parsed.tree(), syntax);
            assertThat(text.read(written, syntax, "again").tree()).isEqualTo(parsed.tree());
        }
    }

    @Test
    void a_pointer_is_located_at_its_line_and_column() {
        String yaml = "rubric: x\nindicators:\n  - code: T1\n    weight: fifteen\n";

        ParsedTree parsed = text.read(yaml, Syntax.YAML, "r.yaml");

        assertThat(parsed.locate("/indicators/0/weight")).isEqualTo("r.yaml:4:13");
        assertThat(parsed.locate("/indicators/0/missing")).isEqualTo("r.yaml:3:5");
        DomainException located = parsed.locate(
                assertThrowsInvalid(() -> TreeCursor.root(parsed.tree()).field("indicators").list().get(0).field("weight").number()));
        assertThat(located.getMessage()).startsWith("r.yaml:4:13 (/indicators/0/weight): cannot read 'fifteen' as a number");
    }

    @Test
    void malformed_json_names_the_file_line_and_column() {
        assertThatThrownBy(() -> text.read("{\n  \"a\": 1,\n  \"b\": }\n", Syntax.JSON, "bad.json"))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("bad.json:3:")
                .extracting(e -> ((DomainException) e).code()).isEqualTo("syntax.malformed");
    }

    @Test
    void a_duplicate_key_is_refused_rather_than_silently_overwritten() {
        assertThatThrownBy(() -> text.read("a: 1\na: 2\n", Syntax.YAML, "dup.yaml"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("dup.yaml:2")
                .hasMessageContaining("Duplicate field 'a'");
    }

    @Test
    void an_empty_value_is_refused_with_its_pointer() {
        assertThatThrownBy(() -> text.read("{\"a\": {\"b\": null}}", Syntax.JSON, "n.json"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("(/a/b)");
    }

    @Test
    void stored_json_reads_as_the_same_tree_without_positions_and_is_refused_the_same_when_malformed() {
        String json = "{\"a.pct\":92.50,\"ขั้นตอน\":{\"done\":true,\"on\":\"2022-09-04\"},\"list\":[1,\"x\",false],\"e\":{}}";

        assertThat(text.readStoredJson(json, "item_result.facts")).isEqualTo(text.read(json, Syntax.JSON, "f.json").tree());
        assertThatThrownBy(() -> text.readStoredJson("{\"a\": 1, \"a\": 2}", "item_result.facts"))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("item_result.facts:1:")
                .hasMessageContaining("Duplicate field 'a'");
        assertThatThrownBy(() -> text.readStoredJson("{\"a\": 1} 2", "item_result.facts"))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("unexpected content after the document");
    }

    @Test
    void stored_texts_read_in_the_order_written_empty_ones_too_and_anything_else_is_refused() {
        assertThat(text.readStoredTexts("{\"status\":\"REVIEWED\",\"opinion\":\"เห็นด้วย \\\"ทุกข้อ\\\"\\n\",\"empty\":\"\"}", "audit"))
                .containsExactly(java.util.Map.entry("status", "REVIEWED"), java.util.Map.entry("opinion", "เห็นด้วย \"ทุกข้อ\"\n"),
                        java.util.Map.entry("empty", ""));
        assertThat(text.readStoredTexts("{}", "audit")).isEmpty();
        for (String bad : java.util.List.of("[]", "{\"a\":1}", "{\"a\":{}}", "{\"a\":\"x\",\"a\":\"y\"}", "{\"a\":\"x\"} 2", "not json", "")) {
            assertThatThrownBy(() -> text.readStoredTexts(bad, "audit event 7")).as(bad).isInstanceOf(DomainException.class)
                    .hasMessageStartingWith("audit event 7");
        }
    }

    private static DomainException assertThrowsInvalid(Runnable r) {
        try {
            r.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("expected a DomainException");
    }
}
