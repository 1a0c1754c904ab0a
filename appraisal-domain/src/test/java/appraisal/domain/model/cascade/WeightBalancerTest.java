package appraisal.domain.model.cascade;

import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fixed weights are kept; shares divide the rest by largest remainder, ties to the first listed. */
class WeightBalancerTest {

    /** Portions written "w30" (a weight) or "s1" (a share), separated by spaces. */
    private static List<Portion> portions(String written) {
        return java.util.Arrays.stream(written.split(" "))
                .map(p -> p.startsWith("w") ? (Portion) Portion.weight(p.substring(1)) : Portion.share(p.substring(1)))
                .toList();
    }

    private static String balanced(String written) {
        return String.join(" ", WeightBalancer.balance(portions(written), "P1").stream().map(BigDecimal::toPlainString).toList());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // 100 / 3 = 33.333…: 33.33 each and one hundredth left; equal remainders, so the first listed gets it.
            "s1 s1 s1            | 33.34 33.33 33.33",
            // 10000 hundredths × 1/7 = 1428.57…: floors 1428 × 7 = 9996; four hundredths to the first four.
            "s1 s1 s1 s1 s1 s1 s1 | 14.29 14.29 14.29 14.29 14.28 14.28 14.28",
            // 40 left over shares 2:1 → 26.666… and 13.333…: remainders .67 and .33, the larger rounds up.
            "w60 s2 s1           | 60.00 26.67 13.33",
            // The larger remainder wins even when listed last: 100 × 1/6 = 16.666…, 100 × 5/6 = 83.333….
            "s1 s5               | 16.67 83.33",
            "w15 w15 w10 w15 w10 w15 w10 w10 | 15.00 15.00 10.00 15.00 10.00 15.00 10.00 10.00",
            // Shares in any units: 0.5 : 1.5 is 1 : 3.
            "s0.5 s1.5           | 25.00 75.00",
            "w33.33 s1 s1        | 33.33 33.34 33.33",
            // Shares written so finely that their sum at a common scale (3×10^15) is past what long arithmetic takes:
            // the same rule, so the same weights as 1 : 2.
            "s1 s2.000000000000001 | 33.33 66.67",
            "s1 s1 s1.000000000000000001 | 33.33 33.33 33.34"})
    void shares_divide_what_the_fixed_weights_leave_by_largest_remainder(String written, String weights) {
        assertThat(balanced(written)).isEqualTo(weights);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "w60 w30       | cascade.weights-not-100",
            "w60 w50 s1    | cascade.weights-over-100",
            "w60 w40 s1    | cascade.no-room-for-shares",
            "w99.99 s1 s1  | cascade.share-too-small"})
    void weights_that_cannot_make_exactly_100_are_refused(String written, String code) {
        var refusal = refusalOf(() -> WeightBalancer.balance(portions(written), "P1"));

        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.getMessage()).startsWith("P1: ");
    }

    @Test
    void a_weight_or_a_share_must_be_more_than_zero_and_a_weight_has_two_decimals_at_most() {
        assertThat(refusalOf(() -> Portion.share("0")).code()).isEqualTo("plan.bad-share");
        assertThat(refusalOf(() -> Portion.weight("-1")).code()).isEqualTo("plan.bad-weight");
        assertThat(refusalOf(() -> Portion.weight("10.005")).code()).isEqualTo("plan.bad-weight");
        assertThat(refusalOf(() -> Portion.weight("100.01")).code()).isEqualTo("plan.bad-weight");
    }
}
