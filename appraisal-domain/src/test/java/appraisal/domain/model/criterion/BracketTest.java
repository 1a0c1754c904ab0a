package appraisal.domain.model.criterion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BracketTest extends CriterionContract<Bracket> {

    /** News a month by office size: up to 2 staff 3, up to 4 staff 6, more than 4 staff 9. */
    private static final Bracket NEWS_BY_HEADCOUNT = new Bracket("headcount", ImmutableList.of(
            new Bracket.Branch(Range.atMost(new BigDecimal("2")), news("3")),
            new Bracket.Branch(Range.openClosed(new BigDecimal("2"), new BigDecimal("4")), news("6")),
            new Bracket.Branch(Range.greaterThan(new BigDecimal("4")), news("9"))));

    /** A rubric with a gap (nothing between 10 and 20), as the lint would report it. */
    private static final Bracket WITH_A_GAP = new Bracket("budget_million", ImmutableList.of(
            new Bracket.Branch(Range.closedOpen(BigDecimal.ZERO, BigDecimal.TEN),
                    new Threshold("disbursed_pct", Comparator.AT_LEAST, new BigDecimal("80"))),
            new Bracket.Branch(Range.atLeast(new BigDecimal("20")),
                    new Threshold("disbursed_pct", Comparator.AT_LEAST, new BigDecimal("90")))));

    private static Threshold news(String perMonth) {
        return new Threshold("news_per_month", Comparator.AT_LEAST, new BigDecimal(perMonth));
    }

    @Override
    protected List<Bracket> samples() {
        return List.of(
                NEWS_BY_HEADCOUNT,
                WITH_A_GAP,
                new Bracket("headcount", ImmutableList.of(new Bracket.Branch(Range.all(),
                        AllOf.of(news("1"), StepDone.of("news_archived"))))));
    }

    @Override
    protected CriterionCodec codec() {
        return new CriterionCodec(List.of());
    }

    private static Verdict office(String headcount, String news) {
        return NEWS_BY_HEADCOUNT.evaluate(Facts.of(Map.of(
                "headcount", FactValue.of(headcount), "news_per_month", FactValue.of(news))));
    }

    @Test
    void anOfficeOf3StaffIsHeldToTheUpTo4Target() {
        assertThat(office("3", "6").isMet()).as("6 news meets the <= 4 staff target of 6").isTrue();
        assertThat(office("3", "5").isNotMet()).as("5 news would meet the <= 2 staff target of 3, not this one").isTrue();
        assertThat(office("3", "8").isMet()).as("8 news would fail the > 4 staff target of 9").isTrue();
    }

    @Test
    void theBoundaryBelongsToTheBracketThatIncludesIt() {
        assertThat(office("2", "3").isMet()).isTrue();
        assertThat(office("4", "5").isNotMet()).isTrue();
        assertThat(office("5", "8").isNotMet()).isTrue();
    }

    @Test
    void anUnreportedHeadcountIsUnknownAndNamesIt() {
        Verdict v = NEWS_BY_HEADCOUNT.evaluate(Facts.of("news_per_month", FactValue.of("9")));

        assertThat(v.isUnknown()).isTrue();
        assertThat(v.missingFacts()).containsExactly("headcount");
    }

    @Test
    void aValueInAGapIsUnknownWithNothingMissing() {
        Verdict v = WITH_A_GAP.evaluate(Facts.of(Map.of(
                "budget_million", FactValue.of("15"), "disbursed_pct", FactValue.of("100"))));

        assertThat(v.isUnknown()).isTrue();
        assertThat(v.missingFacts()).isEmpty();
    }

    @Test
    void theBracketFactHasNoDirectionButTheMeasuredOneKeepsIts() {
        assertThat(NEWS_BY_HEADCOUNT.directions()).containsExactly(Map.entry("news_per_month", Direction.HIGHER_IS_BETTER));
    }

    @Test
    void aRangeWithBothMinAndAboveIsRefusedAtItsPointer() {
        Node.Obj tree = Node.obj().put("kind", "bracket").put("fact", "headcount").put("brackets", Node.arr(List.of(
                Node.obj().put("min", 0).put("above", 0).put("then", codec().write(news("3"))).build()))).build();

        assertThatThrownBy(() -> codec().read(TreeCursor.root(tree)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("criterion.bad-range");
                    assertThat(e.location()).isEqualTo("/brackets/0");
                });
    }
}
