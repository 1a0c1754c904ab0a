package appraisal.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementFixtures;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.interchange.AgreementCodec;
import appraisal.domain.model.interchange.RoundCodec;
import appraisal.domain.model.interchange.RubricCodec;
import appraisal.domain.model.interchange.RubricReading;
import appraisal.domain.port.out.contract.PortExamples;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The published examples and schemas agree with each other and with the source document's fixtures. */
class ExamplesTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private final TreeText text = new TreeText();
    private final RubricCodec rubrics = new RubricCodec(CriterionCodec.withInstalledKinds());

    /** A published schema; its $id's and relative $ref's resolve to docs/schema, never to the network. */
    private static JsonSchema schema(String name) throws IOException {
        JsonNode schema = new ObjectMapper().readTree(Files.readString(ROOT.resolve("docs/schema/" + name)));
        String local = ROOT.resolve("docs/schema").toUri().toString();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(m -> m.mapPrefix("https://appraisal.example/schema/", local))).getSchema(schema);
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
    void the_example_agreement_validates_and_reads_as_a_draft_of_the_eight_team_items() throws IOException {
        assertThat(schema("agreement.schema.json").validate(yaml("agreement-lamplaimat.yaml"))).isEmpty();

        String source = Files.readString(ROOT.resolve("examples/agreement-lamplaimat.yaml"));
        var document = new AgreementCodec(CriterionCodec.withInstalledKinds()).read(text.read(source, Syntax.YAML, "a.yaml").tree());

        assertThat(document.items()).extracting(i -> i.indicator()).containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8");
        assertThat(document.items().get(2).targets()).containsOnlyKeys(5);
        assertThat(document.context().get("office.headcount")).contains(FactValue.of("6"));
    }

    @ParameterizedTest
    @EnumSource(AgreementStatus.class)
    void an_exported_agreement_in_every_status_validates_against_the_agreement_schema(AgreementStatus status) throws IOException {
        Agreement agreement = AgreementFixtures.anAgreement().in(status);
        String exported = text.write(new AgreementCodec(CriterionCodec.withInstalledKinds()).write(agreement), Syntax.JSON);

        Set<ValidationMessage> errors = schema("agreement.schema.json").validate(new ObjectMapper().readTree(exported));

        assertThat(errors).as(exported).isEmpty();
    }

    @Test
    void a_written_round_validates_and_the_round_schema_rejects_settings_the_reader_rejects() throws IOException {
        JsonSchema round = schema("round.schema.json");
        String written = text.write(new RoundCodec().write(PortExamples.round2565Two()), Syntax.JSON);
        assertThat(round.validate(new ObjectMapper().readTree(written))).as(written).isEmpty();

        ObjectNode broken = (ObjectNode) yaml("buriram-2565-r2-round.yaml");
        ObjectNode settings = (ObjectNode) broken.get("settings");
        settings.put("review", "sometimes");
        ((ObjectNode) settings.get("evidence_quota")).put("bytes", "20 MB");
        ((ObjectNode) settings.get("evidence_quota")).put("file", 3);

        assertThat(round.validate(broken)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("review"))
                .anySatisfy(m -> assertThat(m).contains("bytes"))
                .anySatisfy(m -> assertThat(m).contains("file"));
    }

    @Test
    void exported_evidence_files_and_links_validate_and_the_schema_refuses_a_javascript_link_and_a_path_as_a_name() throws IOException {
        JsonSchema agreement = schema("agreement.schema.json");
        String exported = text.write(new AgreementCodec(CriterionCodec.withInstalledKinds()).write(PortExamples.richlyEvaluated("AG-9")),
                Syntax.JSON);
        ObjectNode tree = (ObjectNode) new ObjectMapper().readTree(exported);
        assertThat(agreement.validate(tree)).as(exported).isEmpty();
        com.fasterxml.jackson.databind.node.ArrayNode evidence =
                (com.fasterxml.jackson.databind.node.ArrayNode) tree.get("items").get(0).get("result").get("evidence");
        assertThat(evidence.get(0).get("uri").asText()).startsWith("evidence:sha256:");
        assertThat(evidence.get(2).toString()).startsWith("{\"name\":\"ประกาศ").contains("\"uri\":\"https://buriram.cdd.go.th/")
                .doesNotContain("sha256");

        ((ObjectNode) evidence.get(2)).put("uri", "javascript:alert(1)");
        ((ObjectNode) evidence.get(0)).put("name", "../../etc/passwd");

        assertThat(agreement.validate(tree)).isNotEmpty().extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("evidence[2]"))
                .anySatisfy(m -> assertThat(m).contains("evidence[0]"));
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
