package appraisal.domain.model.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.calendar.FiscalYear;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.criterion.TreeCursor;
import appraisal.domain.model.round.Deadline;
import appraisal.domain.model.round.DeadlineKind;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.scoring.ScoringScheme;
import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RoundCodecTest {

    private final RoundCodec codec = new RoundCodec();

    @Test
    void a_round_with_deadlines_and_the_standard_scheme_survives_a_round_trip() {
        Round round = Round.open(new FiscalYear(2565), 2, ImmutableList.of(
                new Deadline(DeadlineKind.AGREEMENT, LocalDate.of(2022, 7, 31), "บันทึกตัวชี้วัดต้นรอบ"),
                new Deadline(DeadlineKind.EVALUATION, LocalDate.of(2022, 9, 30), "ประเมินผลปลายรอบ")), ScoringScheme.standard());

        Node.Obj tree = codec.write(round);

        assertThat(codec.read(tree)).isEqualTo(round);
        assertThat(round.start()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(round.end()).isEqualTo(LocalDate.of(2022, 9, 30));
    }

    @Test
    void a_scheme_names_only_what_differs_from_the_standard_one() {
        Node tree = Node.obj().put("fiscal_year", 2565).put("round", 1)
                .put("scheme", Node.obj().put("level_floor", 0).put("weights", Node.obj().put("achievement", 80).put("competency", 20).build()).build())
                .build();

        Round round = codec.read(tree);

        assertThat(round.scheme().levelFloor()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(round.scheme().weights().achievement()).isEqualByComparingTo("80");
        assertThat(round.scheme().probationWeights()).isEqualTo(ScoringScheme.standard().probationWeights());
        assertThat(round.scheme().bands()).isEqualTo(ScoringScheme.standard().bands());
    }

    @Test
    void weights_not_summing_to_100_are_refused_with_their_location() {
        Node tree = Node.obj().put("fiscal_year", 2565).put("round", 2)
                .put("scheme", Node.obj().put("weights", Node.obj().put("achievement", 70).put("competency", 20).build()).build())
                .build();

        assertThatThrownBy(() -> codec.read(tree))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("must be 100, got 90")
                .extracting(e -> ((DomainException) e).location()).isEqualTo("/scheme/weights/weights");
    }

    @Test
    void a_deadline_in_another_fiscal_year_is_refused() {
        Node tree = Node.obj().put("fiscal_year", 2565).put("round", 2)
                .put("deadlines", Node.arr(java.util.List.of(Node.obj().put("kind", "evaluation").put("due", "31/12/2565")
                        .put("label", "ส่งแบบประเมิน").build())))
                .build();

        assertThatThrownBy(() -> codec.read(TreeCursor.root(tree).node()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("2022-12-31")
                .hasMessageContaining("outside fiscal year 2565");
    }
}
