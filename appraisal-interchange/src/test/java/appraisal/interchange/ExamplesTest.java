package appraisal.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.interchange.RoundCodec;
import appraisal.domain.model.interchange.RubricCodec;
import appraisal.domain.model.interchange.RubricReading;
import appraisal.domain.seed.BuriramRound2565;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The published examples and schemas agree with each other and with the source document's fixtures. */
class ExamplesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private final TreeText text = new TreeText();
    private final RubricCodec rubrics = new RubricCodec(CriterionCodec.withInstalledKinds());

    private static JsonSchema schema(String name) throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(ROOT.resolve("docs/schema/" + name)));
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema);
    }

    private static JsonNode yaml(String example) throws IOException {
        return new YAMLMapper().readTree(Files.readString(ROOT.resolve("examples/" + example)));
    }

    private RubricReading read(String example) throws IOException {
        String source = Files.readString(ROOT.resolve("examples/" + example));
        return rubrics.read(text.read(source, Syntax.YAML, example).tree());
    }

    @Test
    void the_example_rubrics_and_round_validate_against_the_published_schemas() throws IOException {
        JsonSchema rubric = schema("rubric.schema.json");
        assertThat(rubric.validate(yaml("buriram-2565-r2-team.yaml"))).isEmpty();
        assertThat(rubric.validate(yaml("buriram-2565-r2-individual.yaml"))).isEmpty();
        assertThat(schema("round.schema.json").validate(yaml("buriram-2565-r2-round.yaml"))).isEmpty();
    }

    @Test
    void the_schema_rejects_what_the_reader_rejects() throws IOException {
        JsonSchema rubric = schema("rubric.schema.json");
        ObjectNode broken = (ObjectNode) yaml("buriram-2565-r2-team.yaml");
        ObjectNode t1 = (ObjectNode) broken.get("indicators").get(0);
        ((ObjectNode) t1.get("levels").get(0).get("criterion").get("of").get(0)).put("op", "=>");
        t1.put("weigth", 15);

        Set<ValidationMessage> errors = rubric.validate(broken);

        assertThat(errors).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("weigth"))
                .anySatisfy(m -> assertThat(m).contains("op"));
    }

    @Test
    void the_example_rubrics_are_the_source_documents_indicators() throws IOException {
        assertThat(read("buriram-2565-r2-team.yaml").rubric()).isEqualTo(BuriramRound2565.teamRubric());
        assertThat(read("buriram-2565-r2-individual.yaml").rubric()).isEqualTo(BuriramRound2565.individualRubric());
        String round = Files.readString(ROOT.resolve("examples/buriram-2565-r2-round.yaml"));
        assertThat(new RoundCodec().read(text.read(round, Syntax.YAML, "round").tree())).isEqualTo(BuriramRound2565.round());
    }
}
