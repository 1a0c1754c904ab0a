package appraisal.domain.model.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementFixtures;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.criterion.TreeCursor;
import appraisal.domain.model.shared.DomainException;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class AgreementCodecTest {

    private final AgreementCodec codec = new AgreementCodec(CriterionCodec.withInstalledKinds());

    @ParameterizedTest
    @EnumSource(AgreementStatus.class)
    void an_exported_agreement_in_any_status_drafts_again_with_the_same_parties_and_items(AgreementStatus status) {
        Agreement agreement = AgreementFixtures.anAgreement().in(status);

        AgreementDocument document = codec.read(codec.write(agreement));

        assertThat(document.round()).isEqualTo(agreement.round());
        assertThat(document.appraisee()).isEqualTo(agreement.appraisee());
        assertThat(document.evaluator()).contains(agreement.evaluator());
        assertThat(document.context()).isEqualTo(agreement.context());
        assertThat(document.items()).hasSameSizeAs(agreement.items());
        for (int i = 0; i < agreement.items().size(); i++) {
            Item item = agreement.items().get(i);
            AgreementDocument.ItemDocument read = document.items().get(i);
            assertThat(read.indicator()).isEqualTo(item.indicator().code());
            assertThat(read.version().getAsInt()).isEqualTo(item.indicator().version());
            assertThat(read.weight()).isEqualByComparingTo(item.weight());
            assertThat(read.section()).isEqualTo(item.section());
            assertThat(read.parent()).isEqualTo(item.parent());
            assertThat(read.targets()).isEqualTo(item.targetAdjustments());
            assertThat(read.rollUp()).isEqualTo(item.rollUp());
        }
    }

    @Test
    void an_export_shows_results_evaluation_and_signatures_for_people_to_read() {
        Node.Obj tree = codec.write(AgreementFixtures.anAgreement().in(AgreementStatus.REVIEWED));

        assertThat(tree.fields().keySet()).contains("signatures", "competencies", "acknowledgement", "review");
        Node.Obj firstItem = (Node.Obj) ((Node.Arr) tree.fields().get("items")).items().get(0);
        assertThat(firstItem.fields().keySet()).contains("result");
    }

    @Test
    void every_kind_of_fact_survives_the_trip() {
        Facts facts = Facts.of(Map.of("n", FactValue.of("96.50"), "f", FactValue.flag(true), "c", new FactValue.Choice("ปกติ"),
                "s", FactValue.Completion.doneOn(LocalDate.of(2022, 8, 30)), "u", FactValue.Completion.doneUndated(),
                "x", FactValue.Completion.notDone()));
        FactsCodec factsCodec = new FactsCodec();

        assertThat(factsCodec.read(TreeCursor.root(factsCodec.write(facts)))).isEqualTo(facts);
    }

    @Test
    void a_step_not_done_with_a_date_is_refused_at_its_pointer() {
        Node tree = Node.obj().put("s", Node.obj().put("done", false).put("on", "2022-08-30").build()).build();

        assertThatThrownBy(() -> new FactsCodec().read(TreeCursor.root(tree)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.location()).isEqualTo("/s"));
    }

    @Test
    void a_minimal_file_names_only_what_a_draft_needs() {
        Node tree = Node.obj().put("round", "2565-2").put("appraisee", "BRM-LPM-01")
                .put("items", Node.arr(java.util.List.of(Node.obj().put("item", "T1").put("section", "team").put("weight", "๑๐๐").build())))
                .build();

        AgreementDocument document = codec.read(tree);

        assertThat(document.evaluator()).isEqualTo(Optional.empty());
        assertThat(document.items()).singleElement().satisfies(i -> {
            assertThat(i.indicator()).isEqualTo("T1");
            assertThat(i.weight()).isEqualByComparingTo("100");
            assertThat(i.version()).isEmpty();
        });
    }
}
