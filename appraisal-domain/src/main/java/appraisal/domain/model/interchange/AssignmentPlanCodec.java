package appraisal.domain.model.interchange;

import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.cascade.Assignment;
import appraisal.domain.model.cascade.AssignmentPlan;
import appraisal.domain.model.cascade.CarriedItem;
import appraisal.domain.model.cascade.OwnIndicator;
import appraisal.domain.model.cascade.Portion;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.criterion.TreeCursor;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.org.PersonId;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The one mapping between an {@link AssignmentPlan} (who carries what of a head's agreement) and
 * the interchange tree. Errors are {@code INVALID} exceptions naming the JSON pointer.
 *
 * <pre>
 * assignments:
 *   - person: BRM-LPM-02
 *     carries:                      # parent items, by item id (the indicator code)
 *       - {item: T1, weight: 20}    # a fixed weight in percent …
 *       - {item: T3, share: 1}      # … or a share of what the fixed weights leave
 *     own:                          # indicators for this person only
 *       - {indicator: P4, version: 1, section: individual, weight: 10}   # version, section optional
 * </pre>
 * Each entry has exactly one of {@code weight} and {@code share}; {@code section} defaults to
 * {@code individual}; a missing {@code version} means the latest.
 */
public final class AssignmentPlanCodec {

    private static final Set<String> ASSIGNMENT_FIELDS = Set.of("person", "carries", "own");
    private static final Set<String> CARRIED_FIELDS = Set.of("item", "weight", "share");
    private static final Set<String> OWN_FIELDS = Set.of("indicator", "version", "section", "weight", "share");

    public AssignmentPlan read(Node tree) {
        TreeCursor root = TreeCursor.root(tree).onlyFields(Set.of("assignments"));
        TreeCursor list = root.field("assignments");
        List<Assignment> assignments = new ArrayList<>();
        Set<String> people = new HashSet<>();
        for (TreeCursor a : list.list()) {
            a.onlyFields(ASSIGNMENT_FIELDS);
            TreeCursor personAt = a.field("person");
            if (!people.add(personAt.text().strip())) {
                throw personAt.error("plan.duplicate-person", "person " + personAt.text().strip() + " appears twice in the plan");
            }
            List<CarriedItem> carries = new ArrayList<>();
            for (TreeCursor c : a.optionalField("carries").map(TreeCursor::list).orElse(List.of())) {
                c.onlyFields(CARRIED_FIELDS);
                TreeCursor item = c.field("item");
                Portion portion = portion(c);
                carries.add(c.build(() -> new CarriedItem(new ItemId(item.text()), portion)));
            }
            List<OwnIndicator> own = new ArrayList<>();
            for (TreeCursor o : a.optionalField("own").map(TreeCursor::list).orElse(List.of())) {
                o.onlyFields(OWN_FIELDS);
                TreeCursor code = o.field("indicator");
                OptionalInt version = o.optionalField("version").map(v -> OptionalInt.of(v.integer())).orElse(OptionalInt.empty());
                Section section = o.optionalField("section").map(s -> RubricCodec.enumOf(Section.class, s, "section"))
                        .orElse(Section.INDIVIDUAL);
                Portion portion = portion(o);
                own.add(o.build(() -> new OwnIndicator(code.text(), version, section, portion)));
            }
            assignments.add(a.build(() -> new Assignment(new PersonId(personAt.text()), ImmutableList.copyOf(carries),
                    ImmutableList.copyOf(own))));
        }
        return root.build(() -> new AssignmentPlan(ImmutableList.copyOf(assignments)));
    }

    public Node.Obj write(AssignmentPlan plan) {
        List<Node> assignments = new ArrayList<>();
        for (Assignment a : plan.assignments()) {
            Node.ObjBuilder o = Node.obj().put("person", a.person().value());
            if (!a.carries().isEmpty()) {
                List<Node> carries = new ArrayList<>();
                for (CarriedItem c : a.carries()) {
                    carries.add(portion(Node.obj().put("item", c.parentItem().value()), c.portion()).build());
                }
                o.put("carries", Node.arr(carries));
            }
            if (!a.own().isEmpty()) {
                List<Node> own = new ArrayList<>();
                for (OwnIndicator i : a.own()) {
                    Node.ObjBuilder b = Node.obj().put("indicator", i.indicatorCode());
                    if (i.version().isPresent()) {
                        b.put("version", i.version().getAsInt());
                    }
                    if (i.section() != Section.INDIVIDUAL) {
                        b.put("section", RubricCodec.name(i.section()));
                    }
                    own.add(portion(b, i.portion()).build());
                }
                o.put("own", Node.arr(own));
            }
            assignments.add(o.build());
        }
        return Node.obj().put("assignments", Node.arr(assignments)).build();
    }

    private static Portion portion(TreeCursor at) {
        Optional<TreeCursor> weight = at.optionalField("weight");
        Optional<TreeCursor> share = at.optionalField("share");
        if (weight.isPresent() == share.isPresent()) {
            throw at.error("plan.weight-or-share", weight.isPresent()
                    ? "give either a weight or a share, not both"
                    : "give a weight (percent) or a share");
        }
        // Built at the entry: the records name their field ("weight", "share") in their refusals.
        return weight.isPresent()
                ? at.build(() -> new Portion.Weight(weight.get().number()))
                : at.build(() -> new Portion.Share(share.get().number()));
    }

    private static Node.ObjBuilder portion(Node.ObjBuilder b, Portion p) {
        return b.put(p instanceof Portion.Weight ? "weight" : "share", p.amount());
    }
}
