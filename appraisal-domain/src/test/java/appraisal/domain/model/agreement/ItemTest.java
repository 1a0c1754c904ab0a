package appraisal.domain.model.agreement;

import static appraisal.domain.model.agreement.AgreementFixtures.EVALUATOR;
import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static appraisal.domain.model.agreement.AgreementFixtures.item;
import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.criterion.Comparator;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.Direction;
import appraisal.domain.model.criterion.Threshold;
import appraisal.domain.model.indicator.FactDeclaration;
import appraisal.domain.model.indicator.FactType;
import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.indicator.Level;
import appraisal.domain.model.indicator.Measure;
import appraisal.domain.model.indicator.ScoringMethod;
import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ItemTest {

    private static final Criterion EASIER_LEVEL_3 = new Threshold("percent", Comparator.AT_LEAST, new BigDecimal("60"));

    @ParameterizedTest(name = "weight {0} → {1}")
    @CsvSource({
            "0, agreement.weight-not-positive",
            "-5, agreement.weight-not-positive",
            "100.01, agreement.weight-over-100",
            "12.345, agreement.weight-too-precise"})
    void a_weight_must_be_positive_at_most_100_and_have_at_most_two_decimals(String weight, String code) {
        DomainException refusal = refusalOf(() -> item("1", "IND-1", weight));

        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.getMessage()).contains(weight);
    }

    @Test
    void weights_written_with_more_trailing_zeros_are_the_same_weight() {
        assertThat(item("1", "IND-1", "12.500")).isEqualTo(item("1", "IND-1", "12.5"));
        assertThat(item("1", "IND-1", "12.5").weight()).hasToString("12.50");
    }

    @Test
    void target_adjustments_need_a_reason() {
        DomainException refusal = refusalOf(() -> item("1", "IND-1", "20").withTargetAdjustments(Map.of(3, EASIER_LEVEL_3), " "));

        assertThat(refusal.code()).isEqualTo("agreement.adjustment-needs-reason");
    }

    @Test
    void target_adjustments_name_levels_1_to_5() {
        DomainException refusal = refusalOf(() -> item("1", "IND-1", "20").withTargetAdjustments(Map.of(6, EASIER_LEVEL_3), "small office"));

        assertThat(refusal.code()).isEqualTo("agreement.adjustment-level-out-of-range");
    }

    @Test
    void an_adjusted_level_replaces_the_indicators_criterion_for_this_agreement_only() {
        Indicator indicator = indicatorWithTargets("IND-1", "50", "70", "80", "90", "95");
        Item adjusted = item("1", "IND-1", "20").withTargetAdjustments(Map.of(3, EASIER_LEVEL_3), "two staff on leave");

        assertThat(adjusted.criterion(indicator, 3)).isEqualTo(EASIER_LEVEL_3);
        assertThat(adjusted.criterion(indicator, 4)).isEqualTo(indicator.level(4).criterion());
        assertThat(indicator.level(3).criterion()).isNotEqualTo(EASIER_LEVEL_3);
    }

    @Test
    void asking_an_item_for_the_criterion_of_another_indicator_version_is_refused() {
        Indicator newer = indicatorWithTargets("IND-1", "50", "70", "80", "90", "95").nextVersion(
                indicatorWithTargets("IND-1", "55", "70", "80", "90", "95").levels());

        DomainException refusal = refusalOf(() -> item("1", "IND-1", "20").criterion(newer, 1));

        assertThat(refusal.code()).isEqualTo("agreement.indicator-mismatch");
    }

    @Test
    void adjusting_targets_in_a_draft_is_recorded_with_the_reason() {
        Agreement agreement = anAgreement().draft();
        agreement.clearPendingEvents();

        agreement.adjustTargets(new ItemId("1"), Map.of(3, EASIER_LEVEL_3), "two staff on leave", EVALUATOR, day(1));

        assertThat(agreement.findItem(new ItemId("1")).orElseThrow().adjustmentReason()).isEqualTo("two staff on leave");
        assertThat(agreement.pendingEvents().get(0).before()).containsEntry("targetAdjustments", "");
        assertThat(agreement.pendingEvents().get(0).after().get("targetAdjustments")).contains("level 3").contains("two staff on leave");
    }

    private static Indicator indicatorWithTargets(String code, String... targets) {
        ImmutableList.Builder<Level> levels = ImmutableList.builder();
        for (int i = 0; i < targets.length; i++) {
            levels.add(new Level(i + 1, "at least " + targets[i] + " %",
                    new Threshold("percent", Comparator.AT_LEAST, new BigDecimal(targets[i]))));
        }
        return new Indicator(new IndicatorRef(code, 1), "ร้อยละการเบิกจ่าย", new Measure("percent", Direction.HIGHER_IS_BETTER),
                "", ImmutableList.of(new FactDeclaration("percent", FactType.NUMBER, "disbursed", "%")), levels.build(),
                ScoringMethod.HIGHEST_MET);
    }
}
