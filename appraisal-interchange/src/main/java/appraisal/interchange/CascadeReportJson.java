package appraisal.interchange;

import appraisal.domain.model.cascade.Orphan;
import appraisal.domain.model.cascade.ParentItemLoad;
import appraisal.domain.model.cascade.PersonLoad;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.port.in.cascade.CascadeReport;
import java.util.ArrayList;
import java.util.List;

/**
 * The one JSON shape of a cascade report, written by the command line ({@code cascade report
 * --format json}) and by the API ({@code GET /cascades/report}, {@code GET /agreements/{id}/cascade}):
 * {@code round, office, head, parent?, uncovered} (parent item ids nobody carries), {@code items}
 * (item, weight, carriers, carried_weight, covered), {@code load} (person, agreement, carried, own,
 * total, by_item: the weight carried per parent item), {@code orphans} (agreement, appraisee, item,
 * parent_agreement, parent_item, why) and {@code without_agreement} (person, name, unit). With no
 * parent agreement yet the lists of the analysis are empty.
 */
public final class CascadeReportJson {

    private CascadeReportJson() {
    }

    public static Node.Obj write(CascadeReport r) {
        Node.ObjBuilder o = Node.obj().put("round", r.round().value()).put("office", r.office().value())
                .put("head", r.head().id().value()).putIfPresent("parent", r.parent().map(p -> Node.text(p.value())));
        List<Node> uncovered = new ArrayList<>();
        List<Node> items = new ArrayList<>();
        List<Node> load = new ArrayList<>();
        List<Node> orphans = new ArrayList<>();
        r.analysis().ifPresent(a -> {
            a.uncovered().forEach(i -> uncovered.add(Node.text(i.value())));
            for (ParentItemLoad i : a.items()) {
                items.add(Node.obj().put("item", i.item().value()).put("weight", i.weight())
                        .put("carriers", Node.arr(i.carriers().stream().map(p -> (Node) Node.text(p.value())).toList()))
                        .put("carried_weight", i.carriedWeight()).put("covered", i.covered()).build());
            }
            for (PersonLoad p : a.people()) {
                Node.ObjBuilder byItem = Node.obj();
                p.byParentItem().forEach((item, w) -> byItem.put(item.value(), w));
                load.add(Node.obj().put("person", p.person().value()).put("agreement", p.agreement().value())
                        .put("carried", p.carried()).put("own", p.own()).put("total", p.carried().add(p.own()))
                        .put("by_item", byItem.build()).build());
            }
            for (Orphan x : a.orphans()) {
                orphans.add(Node.obj().put("agreement", x.agreement().value()).put("appraisee", x.appraisee().value())
                        .put("item", x.item().value()).put("parent_agreement", x.link().agreement().value())
                        .put("parent_item", x.link().item().value()).put("why", x.why()).build());
            }
        });
        List<Node> without = r.withoutAgreement().stream().map(p -> (Node) Node.obj().put("person", p.id().value())
                .put("name", p.name()).put("unit", p.unit().value()).build()).toList();
        return o.put("uncovered", Node.arr(uncovered)).put("items", Node.arr(items)).put("load", Node.arr(load))
                .put("orphans", Node.arr(orphans)).put("without_agreement", Node.arr(without)).build();
    }
}
