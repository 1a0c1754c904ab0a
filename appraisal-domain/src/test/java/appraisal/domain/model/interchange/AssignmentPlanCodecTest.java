package appraisal.domain.model.interchange;

import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.cascade.Assignment;
import appraisal.domain.model.cascade.AssignmentPlan;
import appraisal.domain.model.cascade.CarriedItem;
import appraisal.domain.model.cascade.OwnIndicator;
import appraisal.domain.model.cascade.Portion;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class AssignmentPlanCodecTest {

    private final AssignmentPlanCodec codec = new AssignmentPlanCodec();

    private static Node.Obj carried(String item, String portion, Object amount) {
        return Node.obj().put("item", item).put(portion, new BigDecimal(amount.toString())).build();
    }

    private static Node.Obj assignment(String person, List<Node> carries) {
        return Node.obj().put("person", person).put("carries", Node.arr(carries)).build();
    }

    private static Node.Obj plan(Node... assignments) {
        return Node.obj().put("assignments", Node.arr(List.of(assignments))).build();
    }

    @Test
    void a_plan_survives_a_round_trip_through_the_tree() {
        AssignmentPlan plan = new AssignmentPlan(ImmutableList.of(
                new Assignment(new PersonId("BRM-D01-01"),
                        ImmutableList.of(new CarriedItem(new ItemId("T1"), Portion.weight("30")),
                                new CarriedItem(new ItemId("T3"), Portion.share("1.5"))),
                        ImmutableList.of(OwnIndicator.of("P7", Portion.weight("20")),
                                new OwnIndicator("P4", OptionalInt.of(2), Section.TEAM, Portion.share("1")))),
                new Assignment(new PersonId("BRM-D01-02"), ImmutableList.of(),
                        ImmutableList.of(OwnIndicator.of("P12", Portion.weight("100"))))));

        Node.Obj tree = codec.write(plan);

        assertThat(codec.read(tree)).isEqualTo(plan);
        Node.Obj first = (Node.Obj) ((Node.Arr) tree.fields().get("assignments")).items().get(0);
        assertThat(first.fields()).containsOnlyKeys("person", "carries", "own");
        Node.Obj own = (Node.Obj) ((Node.Arr) first.fields().get("own")).items().get(0);
        assertThat(own.fields()).containsOnlyKeys("indicator", "weight");
    }

    @Test
    void thai_digits_are_read_in_weights_and_the_section_defaults_to_individual() {
        Node tree = plan(Node.obj().put("person", "P1")
                .put("carries", Node.arr(List.of(Node.obj().put("item", "T1").put("weight", "๖๐").build())))
                .put("own", Node.arr(List.of(Node.obj().put("indicator", "P7").put("share", 1).build()))).build());

        AssignmentPlan plan = codec.read(tree);

        assertThat(plan.assignments().get(0).carries().get(0).portion()).isEqualTo(Portion.weight("60"));
        assertThat(plan.assignments().get(0).own().get(0).section()).isEqualTo(Section.INDIVIDUAL);
    }

    @Test
    void an_entry_with_both_a_weight_and_a_share_is_refused_at_its_pointer() {
        Node tree = plan(assignment("P1", List.of(carried("T1", "weight", 30),
                Node.obj().put("item", "T2").put("weight", 10).put("share", 1).build())));

        DomainException refusal = refusalOf(() -> codec.read(tree));

        assertThat(refusal.code()).isEqualTo("plan.weight-or-share");
        assertThat(refusal.location()).isEqualTo("/assignments/0/carries/1");
    }

    @Test
    void a_bad_weight_points_at_the_weight() {
        DomainException refusal = refusalOf(() -> codec.read(plan(assignment("P1", List.of(carried("T1", "weight", "12.345"))))));

        assertThat(refusal.code()).isEqualTo("plan.bad-weight");
        assertThat(refusal.location()).isEqualTo("/assignments/0/carries/0/weight");
    }

    @Test
    void a_person_twice_points_at_the_second_mention() {
        DomainException refusal = refusalOf(() -> codec.read(plan(
                assignment("P1", List.of(carried("T1", "share", 1))),
                assignment("P1", List.of(carried("T2", "share", 1))))));

        assertThat(refusal.code()).isEqualTo("plan.duplicate-person");
        assertThat(refusal.location()).isEqualTo("/assignments/1/person");
    }

    @Test
    void an_item_carried_twice_points_at_the_second() {
        DomainException refusal = refusalOf(() -> codec.read(plan(
                assignment("P1", List.of(carried("T1", "share", 1), carried("T1", "share", 2))))));

        assertThat(refusal.code()).isEqualTo("plan.duplicate-item");
        assertThat(refusal.location()).isEqualTo("/assignments/0/carries/1/item");
    }

    @Test
    void a_person_with_nothing_to_carry_and_an_unknown_field_are_refused_where_they_are() {
        DomainException empty = refusalOf(() -> codec.read(plan(Node.obj().put("person", "P1").build())));
        assertThat(empty.code()).isEqualTo("plan.nothing-assigned");
        assertThat(empty.location()).isEqualTo("/assignments/0");

        DomainException typo = refusalOf(() -> codec.read(plan(Node.obj().put("person", "P1").put("carry", Node.arr(List.of())).build())));
        assertThat(typo.code()).isEqualTo("tree.unknown-field");
        assertThat(typo.location()).isEqualTo("/assignments/0/carry");
    }
}
