package appraisal.domain.model.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.calendar.FiscalYear;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.criterion.TreeCursor;
import appraisal.domain.model.round.Deadline;
import appraisal.domain.model.round.DeadlineKind;
import appraisal.domain.model.round.EvidenceQuota;
import appraisal.domain.model.round.ReviewPolicy;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundSettings;
import appraisal.domain.model.scoring.ScoringScheme;
import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

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
    void a_round_with_its_own_settings_survives_a_round_trip_and_shows_them_in_the_file() {
        Round round = Round.open(new FiscalYear(2565), 2, ImmutableList.of(), ScoringScheme.standard(),
                new RoundSettings(ReviewPolicy.OPTIONAL, new EvidenceQuota(5, 3L * 1024 * 1024 * 1024)));

        Node.Obj tree = codec.write(round);

        assertThat(codec.read(tree)).isEqualTo(round);
        assertThat(tree.fields().get("settings")).isEqualTo(Node.obj().put("review", "optional")
                .put("evidence_quota", Node.obj().put("files", 5).put("bytes", 3221225472L).build()).build());
    }

    @Test
    void a_round_file_without_settings_gets_the_standard_ones_review_required_20_files_and_20_mib() {
        Round round = codec.read(Node.obj().put("fiscal_year", 2565).put("round", 2).build());

        assertThat(round.settings()).isEqualTo(RoundSettings.standard());
        assertThat(round.settings().review()).isEqualTo(ReviewPolicy.REQUIRED);
        assertThat(round.settings().evidence()).isEqualTo(new EvidenceQuota(20, 20 * 1024 * 1024));
    }

    @Test
    void settings_name_only_what_differs_and_a_size_may_carry_a_binary_unit_in_thai_or_arabic_digits() {
        Round files = codec.read(Node.obj().put("fiscal_year", 2565).put("round", 2)
                .put("settings", Node.obj().put("evidence_quota", Node.obj().put("files", 40).build()).build()).build());
        Round mebibytes = codec.read(Node.obj().put("fiscal_year", 2565).put("round", 2)
                .put("settings", Node.obj().put("review", "optional")
                        .put("evidence_quota", Node.obj().put("bytes", "๕๐ MiB").build()).build()).build());

        assertThat(files.settings()).isEqualTo(new RoundSettings(ReviewPolicy.REQUIRED, new EvidenceQuota(40, 20 * 1024 * 1024)));
        assertThat(mebibytes.settings()).isEqualTo(new RoundSettings(ReviewPolicy.OPTIONAL, new EvidenceQuota(20, 50 * 1024 * 1024)));
        assertThat(codec.write(mebibytes).fields().get("settings").toString()).contains("52428800");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badSettings")
    void bad_settings_are_refused_with_a_clear_error_at_their_location(String why, Node settings, String code, String location,
                                                                        String message) {
        Node tree = Node.obj().put("fiscal_year", 2565).put("round", 2).put("settings", settings).build();

        assertThatThrownBy(() -> codec.read(tree))
                .as(why)
                .isInstanceOf(DomainException.class)
                .hasMessageContaining(message)
                .satisfies(e -> {
                    assertThat(((DomainException) e).code()).isEqualTo(code);
                    assertThat(((DomainException) e).location()).isEqualTo(location);
                });
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of("a review policy that does not exist", Node.obj().put("review", "sometimes").build(),
                        "tree.bad-value", "/settings/review", "review must be one of required, optional, got 'sometimes'"),
                Arguments.of("negative files", quota(Node.obj().put("files", -1)), "round.bad-evidence-files",
                        "/settings/evidence_quota/files", "must be 0 to 1000, got -1"),
                Arguments.of("files beyond the bound", quota(Node.obj().put("files", 5000)), "round.bad-evidence-files",
                        "/settings/evidence_quota/files", "must be 0 to 1000, got 5000"),
                Arguments.of("a billion billion bytes", quota(Node.obj().put("bytes", 1_000_000_000_000_000_000L)),
                        "round.bad-evidence-bytes", "/settings/evidence_quota/bytes", "must be 0 to 10737418240 (10 GiB)"),
                Arguments.of("a fraction of a byte", quota(Node.obj().put("bytes", new BigDecimal("10.5"))),
                        "round.bad-evidence-bytes", "/settings/evidence_quota/bytes", "whole number of bytes"),
                Arguments.of("a unit that is not binary", quota(Node.obj().put("bytes", "20 MB")),
                        "round.bad-evidence-bytes", "/settings/evidence_quota/bytes", "B, KiB, MiB or GiB"),
                Arguments.of("a misspelt key", Node.obj().put("evidence", Node.obj().put("files", 3).build()).build(),
                        "tree.unknown-field", "/settings/evidence", "allowed: "),
                Arguments.of("a misspelt quota key", quota(Node.obj().put("file", 3)),
                        "tree.unknown-field", "/settings/evidence_quota/file", "unknown field 'file'"));
    }

    private static Node quota(Node.ObjBuilder quota) {
        return Node.obj().put("evidence_quota", quota.build()).build();
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
