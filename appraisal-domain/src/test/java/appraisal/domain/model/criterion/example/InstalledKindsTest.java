package appraisal.domain.model.criterion.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.criterion.AllOf;
import appraisal.domain.model.criterion.Comparator;
import appraisal.domain.model.criterion.Criterion;
import appraisal.domain.model.criterion.CriterionCodec;
import appraisal.domain.model.criterion.CriterionKind;
import appraisal.domain.model.criterion.Extension;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.criterion.Threshold;
import appraisal.domain.model.criterion.TreeCursor;
import appraisal.domain.model.shared.DomainException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a plug-in kind is found, read, and refused when it cannot be. */
class InstalledKindsTest {

    private static final Node.Obj SHARE = Node.obj().put("kind", "share").put("numerator", "households_helped")
            .put("denominator", "households_surveyed").put("percent", 80).build();

    @Test
    void theServiceLoaderFindsTheShareKindOnTheClassPath() {
        assertThat(CriterionCodec.withInstalledKinds().customKinds()).contains("share");
    }

    @Test
    void anInstalledKindIsReadFromATreeEvenInsideABuiltInOne() {
        Node.Obj tree = Node.obj().put("kind", "all-of").put("of", Node.arr(List.of(
                Node.obj().put("kind", "threshold").put("fact", "disbursed_pct").put("op", ">=").put("target", 90).build(),
                SHARE))).build();

        Criterion read = CriterionCodec.withInstalledKinds().read(TreeCursor.root(tree));

        assertThat(read).isEqualTo(AllOf.of(
                new Threshold("disbursed_pct", Comparator.AT_LEAST, new BigDecimal("90")),
                new ShareOfTarget("households_helped", "households_surveyed", new BigDecimal("80"))));
    }

    @Test
    void aCodecWithoutTheKindRefusesItNamingThePointerOfItsKind() {
        Node.Obj tree = Node.obj().put("kind", "any-of").put("of", Node.arr(List.of(
                Node.obj().put("kind", "judgement").put("fact", "plan_adequate").put("question", "Adequate?").build(),
                SHARE))).build();

        assertThatThrownBy(() -> new CriterionCodec(List.of()).read(TreeCursor.root(tree)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.code()).isEqualTo("criterion.unknown-kind");
                    assertThat(e.location()).isEqualTo("/of/1/kind");
                    assertThat(e.getMessage()).contains("'share'").contains("threshold");
                });
    }

    @Test
    void aPlugInNamedLikeABuiltInKindIsRefused() {
        assertThatThrownBy(() -> new CriterionCodec(List.of(new NamedAs("threshold"))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(e.code()).isEqualTo("criterion.kind-clash");
                    assertThat(e.getMessage()).contains("threshold");
                });
    }

    @Test
    void twoPlugInsOfTheSameNameAreRefused() {
        assertThatThrownBy(() -> new CriterionCodec(List.of(new ShareOfTargetKind(), new NamedAs("share"))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("criterion.kind-clash"));
    }

    /** A kind that only has a name: the clash is refused before it could read anything. */
    private static final class NamedAs implements CriterionKind {
        private final String name;

        NamedAs(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public Extension read(TreeCursor node) {
            throw node.error("test.never-read", "this kind is never asked to read");
        }
    }
}
