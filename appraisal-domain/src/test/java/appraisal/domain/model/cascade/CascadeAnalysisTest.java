package appraisal.domain.model.cascade;

import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.item;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemRef;
import appraisal.domain.model.org.PersonId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Coverage, orphans and load of one parent agreement's cascade, from the agreements alone. */
class CascadeAnalysisTest {

    private static final AgreementId PARENT = new AgreementId("parent");
    private final Agreement parent = anAgreement().id("parent").withItems("50", "30", "20").draft();

    private static ItemRef to(String agreement, String item) {
        return new ItemRef(new AgreementId(agreement), new ItemId(item));
    }

    private Agreement child(String id, String person, List<Item> items) {
        return anAgreement().id(id).appraisee(new PersonId(person)).evaluator(new PersonId("head")).parent(PARENT).items(items).draft();
    }

    @Test
    void links_to_an_item_the_parent_lacks_or_to_an_agreement_that_does_not_exist_are_orphans() {
        Agreement child = child("c1", "p1", List.of(
                item("1", "IND-1", "40").withParent(to("parent", "1")),
                item("9", "IND-9", "30").withParent(to("parent", "9")),
                item("7", "IND-7", "20").withParent(to("gone", "1")),
                item("5", "IND-5", "10")));

        CascadeAnalysis analysis = CascadeAnalysis.of(parent, List.of(child), id -> Optional.empty());

        assertThat(analysis.orphans()).extracting(o -> o.item().value(), Orphan::why).containsExactly(
                tuple("9", "agreement parent has no item 9"),
                tuple("7", "agreement gone does not exist"));
        assertThat(analysis.uncovered()).extracting(ItemId::value).containsExactly("2", "3");
        // An item without a link is the person's own; so is an orphan's weight.
        assertThat(analysis.people()).singleElement().satisfies(l -> {
            assertThat(l.carried()).isEqualByComparingTo("40");
            assertThat(l.own()).isEqualByComparingTo("60");
            assertThat(l.byParentItem()).containsOnlyKeys(new ItemId("1"));
        });
    }

    @Test
    void two_people_carrying_one_item_add_up_on_it_and_a_link_to_another_existing_agreement_is_no_orphan() {
        Agreement other = anAgreement().id("other").withItems("100").draft();
        Agreement first = child("c1", "p1", List.of(item("1", "IND-1", "60").withParent(to("parent", "1")),
                item("2", "IND-2", "40").withParent(to("parent", "2"))));
        Agreement second = child("c2", "p2", List.of(item("1", "IND-1", "25").withParent(to("parent", "1")),
                item("8", "IND-8", "75").withParent(to("other", "1"))));

        CascadeAnalysis analysis = CascadeAnalysis.of(parent, List.of(first, second),
                id -> id.value().equals("other") ? Optional.of(other) : Optional.empty());

        assertThat(analysis.orphans()).isEmpty();
        assertThat(analysis.uncovered()).extracting(ItemId::value).containsExactly("3");
        ParentItemLoad one = analysis.items().get(0);
        assertThat(one.carriers()).containsExactly(new PersonId("p1"), new PersonId("p2"));
        assertThat(one.carriedWeight()).isEqualByComparingTo("85");
        assertThat(one.weight()).isEqualByComparingTo("50");
        assertThat(analysis.people().get(1).own()).isEqualByComparingTo("75");
    }
}
