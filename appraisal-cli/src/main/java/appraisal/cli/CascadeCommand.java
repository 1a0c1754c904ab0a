package appraisal.cli;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.RollUp;
import appraisal.domain.model.agreement.RollUpMethod;
import appraisal.domain.model.cascade.AssignmentPlan;
import appraisal.domain.model.cascade.CascadeOutcome;
import appraisal.domain.model.cascade.ChildItemResult;
import appraisal.domain.model.cascade.Orphan;
import appraisal.domain.model.cascade.ParentItemLoad;
import appraisal.domain.model.cascade.PersonLoad;
import appraisal.domain.model.cascade.RolledUp;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.interchange.AssignmentPlanCodec;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.port.in.agreement.AgreementQueries;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.cascade.BroadcastCascadeCommand;
import appraisal.domain.port.in.cascade.BroadcastCascadeUseCase;
import appraisal.domain.port.in.cascade.BroadcastResult;
import appraisal.domain.port.in.cascade.CascadeReport;
import appraisal.domain.port.in.cascade.CascadeReportUseCase;
import appraisal.domain.port.in.cascade.DeriveCascadeCommand;
import appraisal.domain.port.in.cascade.DeriveCascadeUseCase;
import appraisal.domain.port.in.cascade.DeriveResult;
import appraisal.domain.port.in.cascade.RollUpReport;
import appraisal.domain.port.in.cascade.RollUpUseCase;
import appraisal.domain.port.in.cascade.SetRollUpCommand;
import appraisal.domain.port.in.cascade.SetRollUpUseCase;
import appraisal.domain.port.in.round.RoundQueries;
import appraisal.interchange.CascadeReportJson;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code appraisal cascade …}: agreements cascaded down the organisation, and what comes back up. */
@Command(name = "cascade", description = "Cascade agreements down the organisation (broadcast to child offices, derive to "
        + "staff by a plan), report coverage, orphans and load, and roll results back up.",
        footer = {"", "The rules (head of an office, weight balancing, idempotency, roll-up, compliance): docs/cascade.md"},
        subcommands = {CascadeCommand.Broadcast.class, CascadeCommand.Derive.class, CascadeCommand.Report.class,
                CascadeCommand.Rollup.class, CascadeCommand.RollUpRule.class})
public final class CascadeCommand extends CommandGroup {

    /** What the cascade commands may do: the use cases they call, picked out of the wired application here and nowhere else. */
    record Uses(AgreementQueries agreements, RoundQueries rounds, BroadcastCascadeUseCase broadcast, DeriveCascadeUseCase derive, AssignmentPlanCodec planCodec, CascadeReportUseCase cascadeReport, RollUpUseCase rollUp, SetRollUpUseCase setRollUp) {
        static Uses of(Application app) {
            return new Uses(app.agreements, app.rounds, app.broadcast, app.derive, app.planCodec, app.cascadeReport, app.rollUp, app.setRollUp);
        }
    }

    /** An enum value as scripts read it in this command group: {@code DRAFTED}, {@code MEAN_LEVEL}. */
    private static String name(Enum<?> value) {
        return value.name();
    }

    /** A rolled-up or reported value: a number stays a number for JSON, the rest is the text a fact is typed as. */
    private static Object value(FactValue v, Format format) {
        return v instanceof FactValue.Quantity q ? q.value() : FactText.of(v, format);
    }

    private static Node node(FactValue v) {
        return v instanceof FactValue.Quantity q ? Node.num(q.value()) : Node.text(FactText.of(v, Format.JSON));
    }

    /** A roll-up rule as it is typed: {@code mean-level}, {@code sum households.reached}. */
    static String ruleText(Optional<RollUp> rule) {
        return rule.map(r -> r.method().name().toLowerCase(Locale.ROOT).replace('_', '-') + r.fact().map(f -> " " + f).orElse(""))
                .orElse("none");
    }

    // ---------------------------------------------------------------- broadcast

    @Command(name = "broadcast", description = "Broadcast cascade: draft one template for the head of every child office of "
            + "a unit (a province to each of its districts), the unit's head as evaluator, all in one transaction. Heads who "
            + "already have an agreement in the round are skipped, so running it again changes nothing.",
            footer = {"", "The template is a rubric (imported first, so its indicators are stored; --section keeps one section) "
                    + "or the items of an existing agreement (--from). With --parent, the new agreements name it as their parent "
                    + "and each item links to the parent's item of the same indicator. Work groups are not offices: their people "
                    + "are staff of the office, reached by cascade derive. Each office's head is the one person of the office "
                    + "whose supervisor is outside it; office.headcount (people of the office and its work groups) is given "
                    + "to every drafted agreement as a fact.",
                    "Columns: office, head, agreement, outcome (DRAFTED or SKIPPED), headcount.",
                    "Examples:",
                    "  appraisal cascade broadcast --round 2565-2 --unit BRM --rubric examples/buriram-2565-r2-team.yaml --section team",
                    "  appraisal cascade broadcast --round 2565-2 --unit BRM --from AG-1 --parent AG-1",
                    "  appraisal cascade broadcast --round 2565-2 --unit BRM --from AG-1 --office BRM-LPM --office BRM-NRG --format json"})
    static final class Broadcast extends CommandBase {
        @Option(names = "--round", required = true, paramLabel = "ROUND", description = "The round, e.g. 2565-2.")
        String round;

        @Option(names = "--unit", required = true, paramLabel = "UNIT", description = "The parent unit whose child offices get the template.")
        String unit;

        @Option(names = "--office", paramLabel = "UNIT", description = "Only this child office (repeat for several; default: every child office).")
        List<String> offices = new ArrayList<>();

        @Option(names = "--rubric", paramLabel = "FILE", description = "The template: this rubric's indicators (YAML or JSON, - for stdin).")
        String rubric;

        @Option(names = "--section", paramLabel = "SECTION", description = "team or individual: only that section's indicators (default: all).")
        String section;

        @Option(names = "--from", paramLabel = "AGREEMENT", description = "The template: the items of this agreement (indicator versions, weights).")
        String from;

        @Option(names = "--parent", paramLabel = "AGREEMENT", description = "The unit head's own agreement the offices' agreements cascade from.")
        String parent;

        @Override
        protected ExitCode execute() {
            if ((rubric == null) == (from == null)) {
                throw new CliException(ExitCode.USAGE, "give either --rubric FILE or --from AGREEMENT, not both or neither");
            }
            List<ItemDraft> template = rubric != null ? AgreementCommand.fromRubric(this, rubric, section) : fromAgreement();
            ImmutableSet<OrgUnitId> chosen = offices.stream().map(o -> new OrgUnitId(o.strip())).collect(ImmutableSet.toImmutableSet());
            BroadcastResult result = uses(Uses::of).broadcast().broadcast(new BroadcastCascadeCommand(new RoundId(round.strip()),
                    new OrgUnitId(unit.strip()), chosen, ImmutableList.copyOf(template),
                    Optional.ofNullable(parent).map(AgreementCommand::agreementId), ImmutableMap.of(), acting()));
            Table.Builder t = Table.of("office", "หน่วยงาน", "head", "หัวหน้า", "agreement", "ข้อตกลง", "outcome", "ผล",
                    "headcount", "บุคลากร");
            result.entries().forEach(e -> t.row(e.office().value(), e.head().value(), e.agreement().value(), name(e.outcome()),
                    e.headcount()));
            out().print(t.build());
            out().note(result.with(CascadeOutcome.DRAFTED).size() + " drafted, " + result.with(CascadeOutcome.SKIPPED).size()
                    + " skipped (already had an agreement in round " + result.round() + "); evaluator " + result.evaluator()
                    + (result.unlinked().isEmpty() ? "" : "; no parent item for " + String.join(", ", result.unlinked())));
            return ExitCode.OK;
        }

        /** The items of {@code --from}, of {@code --section} only when given, at their versions; parent links are not copied. */
        private List<ItemDraft> fromAgreement() {
            Agreement source = uses(Uses::of).agreements().show(AgreementCommand.agreementId(from));
            List<Item> items = section == null ? source.items() : source.items(AgreementCommand.section(section));
            if (items.isEmpty()) {
                throw new CliException(ExitCode.USAGE, "agreement " + source.id() + " has no " + section + " items");
            }
            return items.stream().map(i -> ItemDraft.of(i.indicator(), i.section(), i.weight())
                    .withResponsibleUnit(i.responsibleUnit())).collect(Collectors.toList());
        }
    }

    // ---------------------------------------------------------------- derive

    @Command(name = "derive", description = "Derive cascade: draft the agreements of a head's staff from the head's agreement, "
            + "following an assignment plan (who carries which parent item, with a weight or a share; indicators of their own), "
            + "weights balanced to exactly 100.00, evaluator the head, all in one transaction. Running it again leaves "
            + "matching agreements alone and updates unsigned drafts; a signed one must be amended first.",
            footer = {"", "Plan files: YAML or JSON (see docs/cascade.md), or CSV (a .csv name, or --plan-format csv) with a header "
                    + "row and one row per planned item:",
                    "  person     who carries the row (rows of one person are grouped, in file order)",
                    "  item       a parent item they carry (its id: the indicator code), or instead",
                    "  indicator  an indicator of their own (individual by default)",
                    "  version    the own indicator's version (default: the latest stored)",
                    "  section    team or individual (own indicators; default individual)",
                    "  weight     a fixed weight in percent, or instead",
                    "  share      a share of what the person's fixed weights leave (largest remainder at 2 decimals; "
                            + "ties to the row listed first)",
                    "Example CSV plan:",
                    "  person,item,indicator,weight,share",
                    "  BRM-LPM-02,T1,,30,",
                    "  BRM-LPM-02,T2,,,1",
                    "  BRM-LPM-02,,P4,20,",
                    "  BRM-LPM-03,T3,,,1",
                    "Columns printed: person, agreement, outcome (DRAFTED, UPDATED, UNCHANGED or SKIPPED), items, weights.",
                    "Examples:",
                    "  appraisal cascade derive AG-4 --plan plan.yaml --as BRM-LPM-01",
                    "  appraisal cascade derive AG-4 --plan plan.csv --format json"})
    static final class Derive extends CommandBase {
        @Parameters(paramLabel = "AGREEMENT", description = "The head's agreement the staff's agreements are derived from.")
        String agreement;

        @Option(names = "--plan", required = true, paramLabel = "FILE", description = "The assignment plan: YAML, JSON or CSV, - for stdin.")
        String plan;

        @Option(names = "--plan-format", paramLabel = "FORMAT", description = "yaml, json or csv (default: from the file name; YAML for -).")
        String planFormat;

        @Override
        protected ExitCode execute() {
            AssignmentPlan assignments = PlanFile.read(this, uses(Uses::of).planCodec(), plan, PlanFile.isCsv(plan, planFormat));
            DeriveResult result = uses(Uses::of).derive().derive(new DeriveCascadeCommand(AgreementCommand.agreementId(agreement), assignments,
                    acting()));
            Table.Builder t = Table.of("person", "ผู้รับการประเมิน", "agreement", "ข้อตกลง", "outcome", "ผล", "items", "จำนวนตัวชี้วัด",
                    "weights", "น้ำหนัก");
            for (DeriveResult.Entry e : result.entries()) {
                t.row(e.person().value(), e.agreement().value(), name(e.outcome()), e.weights().size(),
                        e.weights().entrySet().stream().map(w -> w.getKey() + "=" + w.getValue().toPlainString())
                                .collect(Collectors.joining(" ")));
            }
            out().print(t.build());
            Map<CascadeOutcome, Long> counts = new TreeMap<>();
            result.entries().forEach(e -> counts.merge(e.outcome(), 1L, Long::sum));
            out().note("from " + result.parent() + ", evaluator " + result.evaluator() + ": " + counts.entrySet().stream()
                    .map(c -> c.getValue() + " " + c.getKey().name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))
                    + ". Next: appraisal cascade report " + result.parent());
            return ExitCode.OK;
        }
    }

    // ---------------------------------------------------------------- report

    @Command(name = "report", description = "Report a cascade from a head's agreement: parent items nobody carries (coverage), "
            + "child items whose parent link points nowhere (orphans), the weight each person carries (load), and the people "
            + "of the head's office with no agreement in the round.",
            footer = {"", "JSON is one object: round, office, head, parent, uncovered (item ids), items (weight, carriers, "
                    + "carried_weight, covered), load (person, agreement, carried, own, total), orphans, without_agreement.",
                    "CSV is one row per finding, its kind in column part: item, load, orphan or no-agreement; columns "
                            + "part,item,person,agreement,weight,carried,own,carriers,detail.",
                    "Examples:", "  appraisal cascade report AG-4", "  appraisal cascade report --round 2565-2 --unit BRM-LPM --format json"})
    static final class Report extends CommandBase {
        @Parameters(paramLabel = "AGREEMENT", arity = "0..1", description = "The head's agreement (or name the office with --unit).")
        String agreement;

        @Option(names = "--unit", paramLabel = "UNIT", description = "The office whose head's agreement to report on.")
        String unit;

        @Mixin
        RoundOption round = new RoundOption();

        @Override
        protected ExitCode execute() {
            if ((agreement == null) == (unit == null)) {
                throw new CliException(ExitCode.USAGE, "give an agreement, or --unit UNIT (with --round), not both or neither");
            }
            if (agreement != null && round.round != null) {
                throw new CliException(ExitCode.USAGE, "--round goes with --unit; an agreement names its own round");
            }
            CascadeReport report = agreement != null
                    ? uses(Uses::of).cascadeReport().report(AgreementCommand.agreementId(agreement))
                    : uses(Uses::of).cascadeReport().report(round.resolve(uses(Uses::of).rounds()).id(), new OrgUnitId(unit.strip()));
            switch (out().format()) {
                case JSON -> out().print(CascadeReportJson.write(report));
                case CSV -> out().print(flat(report));
                case TABLE -> table(report);
            }
            return ExitCode.OK;
        }

        private static Table flat(CascadeReport r) {
            Table.Builder t = Table.of("part", "part", "item", "item", "person", "person", "agreement", "agreement", "weight", "weight",
                    "carried", "carried", "own", "own", "carriers", "carriers", "detail", "detail");
            r.analysis().ifPresent(a -> {
                for (ParentItemLoad i : a.items()) {
                    t.row("item", i.item().value(), null, r.parent().map(AgreementId::value).orElse(null), i.weight(),
                            i.carriedWeight(), null, carriers(i), i.covered() ? "covered" : "uncovered");
                }
                for (PersonLoad p : a.people()) {
                    t.row("load", null, p.person().value(), p.agreement().value(), p.carried().add(p.own()), p.carried(), p.own(),
                            null, null);
                }
                for (Orphan x : a.orphans()) {
                    t.row("orphan", x.item().value(), x.appraisee().value(), x.agreement().value(), null, null, null, null,
                            "links to " + x.link().agreement() + "/" + x.link().item() + ": " + x.why());
                }
            });
            for (Person p : r.withoutAgreement()) {
                t.row("no-agreement", null, p.id().value(), null, null, null, null, null, p.name());
            }
            return t.build();
        }

        private void table(CascadeReport r) {
            Output out = out();
            out.note("cascade of " + r.office() + " in round " + r.round() + ": head " + r.head().id() + " " + r.head().name()
                    + r.parent().map(p -> ", agreement " + p).orElse(", who has no agreement in the round yet"));
            r.analysis().ifPresent(a -> {
                out.note(a.uncovered().isEmpty() ? "coverage: every parent item is carried"
                        : "coverage: nobody carries " + a.uncovered().stream().map(ItemId::value).collect(Collectors.joining(", ")));
                Table.Builder items = Table.of("item", "ข้อ", "weight", "น้ำหนัก", "people", "จำนวนผู้รับ", "carried", "น้ำหนักที่รับ",
                        "carriers", "ผู้รับผิดชอบ");
                a.items().forEach(i -> items.row(i.item().value(), i.weight(), i.carriers().size(), i.carriedWeight(), firstCarriers(i)));
                out.print(items.build());
                out.note("");
                out.note("load: weight carried from " + a.parent() + " and of their own, per person");
                Table.Builder load = Table.of("person", "ผู้รับการประเมิน", "agreement", "ข้อตกลง", "carried", "รับจากหัวหน้า",
                        "own", "ของตนเอง", "total", "รวม");
                a.people().forEach(p -> load.row(p.person().value(), p.agreement().value(), p.carried(), p.own(),
                        p.carried().add(p.own())));
                out.print(load.build());
                if (!a.orphans().isEmpty()) {
                    out.note("");
                    out.note("orphans: items whose parent link points nowhere");
                    Table.Builder orphans = Table.of("agreement", "ข้อตกลง", "appraisee", "ผู้รับการประเมิน", "item", "ข้อ", "why", "เหตุ");
                    a.orphans().forEach(x -> orphans.row(x.agreement().value(), x.appraisee().value(), x.item().value(), x.why()));
                    out.print(orphans.build());
                }
            });
            out.note("");
            out.note(r.withoutAgreement().isEmpty() ? "everyone of the office has an agreement in round " + r.round()
                    : r.withoutAgreement().size() + " of the office without an agreement in round " + r.round() + ":");
            if (!r.withoutAgreement().isEmpty()) {
                Table.Builder without = Table.of("person", "รหัส", "name", "ชื่อ", "unit", "หน่วยงาน");
                r.withoutAgreement().forEach(p -> without.row(p.id().value(), p.name(), p.unit().value()));
                out.print(without.build());
            }
        }

        /** The first few carriers and how many more, so a province's table stays readable; scripts get them all. */
        private static String firstCarriers(ParentItemLoad i) {
            int shown = 3;
            String first = i.carriers().stream().limit(shown).map(PersonId::value).collect(Collectors.joining(" "));
            return i.carriers().size() <= shown ? first : first + " … (+" + (i.carriers().size() - shown) + ")";
        }

        private static String carriers(ParentItemLoad i) {
            return i.carriers().stream().map(PersonId::value).collect(Collectors.joining(" "));
        }
    }

    // ---------------------------------------------------------------- roll-up

    @Command(name = "rollup", description = "Roll a parent agreement's items up from the agreements cascaded from it: each "
            + "child's level per item and the parent's value by each item's roll-up rule (set with cascade roll-up-rule).",
            footer = {"", "A value is provisional while some child has not reported what the rule reads (marked * in the table, "
                    + "complete=false in JSON and CSV). The table has a row per child agreement and a column per parent item.",
                    "JSON: parent, round, items (item, rule, value, complete, missing, children: agreement, appraisee, status, "
                            + "level, score, decided, fact).",
                    "CSV: one row per child and item (row=child), then one per item (row=rolled-up); columns "
                            + "row,item,rule,agreement,appraisee,status,level,score,decided,fact,value,complete,missing.",
                    "Examples:", "  appraisal cascade rollup AG-1", "  appraisal cascade rollup AG-1 --format csv > rollup.csv"})
    static final class Rollup extends CommandBase {
        @Parameters(paramLabel = "AGREEMENT", description = "The parent agreement (a province head's, say).")
        String agreement;

        @Override
        protected ExitCode execute() {
            RollUpReport report = uses(Uses::of).rollUp().rollUp(AgreementCommand.agreementId(agreement));
            switch (out().format()) {
                case JSON -> out().print(json(report));
                case CSV -> out().print(flat(report));
                case TABLE -> matrix(report);
            }
            return ExitCode.OK;
        }

        private static Node json(RollUpReport r) {
            List<Node> items = new ArrayList<>();
            for (RolledUp i : r.items()) {
                List<Node> children = new ArrayList<>();
                for (ChildItemResult c : i.children()) {
                    children.add(Node.obj().put("agreement", c.agreement().value()).put("appraisee", c.appraisee().value())
                            .put("status", c.status().name()).put("level", c.level()).put("score", c.score().score())
                            .put("decided", c.decided()).putIfPresent("fact", c.fact().map(CascadeCommand::node)).build());
                }
                items.add(Node.obj().put("item", i.item().value()).put("rule", ruleText(i.rule()))
                        .putIfPresent("value", i.value().map(CascadeCommand::node)).put("complete", i.complete())
                        .put("missing", Node.arr(i.missing().stream().map(p -> Node.text(p.value())).toList()))
                        .put("children", Node.arr(children)).build());
            }
            return Node.obj().put("parent", r.parent().value()).put("round", r.round().value()).put("items", Node.arr(items)).build();
        }

        private static Table flat(RollUpReport r) {
            Table.Builder t = Table.of("row", "row", "item", "item", "rule", "rule", "agreement", "agreement", "appraisee", "appraisee",
                    "status", "status", "level", "level", "score", "score", "decided", "decided", "fact", "fact", "value", "value",
                    "complete", "complete", "missing", "missing");
            for (RolledUp i : r.items()) {
                for (ChildItemResult c : i.children()) {
                    t.row("child", i.item().value(), ruleText(i.rule()), c.agreement().value(), c.appraisee().value(),
                            c.status().name(), c.level(), c.score().score(), c.decided(),
                            c.fact().map(f -> value(f, Format.CSV)), null, null, null);
                }
            }
            for (RolledUp i : r.items()) {
                t.row("rolled-up", i.item().value(), ruleText(i.rule()), r.parent().value(), null, null, null, null, null, null,
                        i.value().map(v -> value(v, Format.CSV)), i.complete(),
                        i.missing().stream().map(PersonId::value).collect(Collectors.joining(" ")));
            }
            return t.build();
        }

        private void matrix(RollUpReport r) {
            List<String> header = new ArrayList<>(List.of("agreement", "ข้อตกลง", "appraisee", "ผู้รับการประเมิน", "status", "สถานะ"));
            for (RolledUp i : r.items()) {
                header.add("level." + i.item().value());
                header.add(i.item().value());
            }
            Map<AgreementId, List<Object>> rows = new TreeMap<>((a, b) -> NaturalOrder.INSTANCE.compare(a.value(), b.value()));
            for (int k = 0; k < r.items().size(); k++) {
                for (ChildItemResult c : r.items().get(k).children()) {
                    List<Object> row = rows.computeIfAbsent(c.agreement(), id -> {
                        List<Object> fresh = new ArrayList<>(List.of(id.value(), c.appraisee().value(), c.status().name()));
                        r.items().forEach(i -> fresh.add(""));
                        return fresh;
                    });
                    row.set(3 + k, c.level() + (c.decided() ? "" : "*"));
                }
            }
            Table.Builder t = Table.of(header.toArray(String[]::new));
            rows.values().forEach(row -> t.row(row.toArray()));
            List<Object> total = new ArrayList<>(List.of(r.parent().value(), "(rolled up)", ""));
            for (RolledUp i : r.items()) {
                total.add(i.value().map(v -> FactText.of(v, Format.TABLE) + (i.complete() ? "" : "*")).orElse(i.rule().isEmpty() ? "-" : ""));
            }
            t.row(total.toArray());
            List<String> rules = r.items().stream().filter(i -> i.rule().isPresent()).map(i -> i.item() + " " + ruleText(i.rule())).toList();
            out().note("roll-up of " + r.parent() + " in round " + r.round() + ": " + rows.size() + " child agreement(s); "
                    + (rules.isEmpty() ? "no roll-up rule set (cascade roll-up-rule " + r.parent() + " ITEM RULE, while it is a draft)"
                    : "rules: " + String.join(", ", rules)));
            out().print(t.build());
            out().note("* not final: facts missing (for a level), or children missing (for a rolled-up value); - no rule");
        }
    }

    @Command(name = "roll-up-rule", description = "Set how an item of a draft agreement is rolled up from the items cascaded "
            + "from it: mean-level (mean of the children's levels), min-level (the lowest), sum FACT (sum of a measured fact), "
            + "all-done FACT (done when every child reports the step done), or none (no roll-up).",
            footer = {"", "Examples:", "  appraisal cascade roll-up-rule AG-1 T1 mean-level",
                    "  appraisal cascade roll-up-rule AG-1 T4 sum poverty.households_lifted",
                    "  appraisal cascade roll-up-rule AG-1 T3 all-done transparency.evidence_sent --version 3",
                    "  appraisal cascade roll-up-rule AG-1 T2 none"})
    static final class RollUpRule extends AgreementChangeCommand {
        @Parameters(index = "1", paramLabel = "ITEM", description = "The item (its indicator code).")
        String item;

        @Parameters(index = "2", paramLabel = "RULE", description = "mean-level, min-level, sum, all-done or none.")
        String rule;

        @Parameters(index = "3", arity = "0..1", paramLabel = "FACT", description = "The fact sum and all-done read from the children.")
        String fact;

        @Override
        protected ExitCode execute() {
            Optional<RollUp> rollUp = parse(rule, fact);
            uses(Uses::of).setRollUp().setRollUp(new SetRollUpCommand(change(acting()), AgreementCommand.itemId(item), rollUp));
            return changed("roll-up of " + item.strip() + " set to " + ruleText(rollUp));
        }

        static Optional<RollUp> parse(String rule, String fact) {
            String r = rule.strip().toLowerCase(Locale.ROOT);
            if (r.equals("none")) {
                if (fact != null) {
                    throw new CliException(ExitCode.USAGE, "none takes no fact");
                }
                return Optional.empty();
            }
            RollUpMethod method;
            try {
                method = RollUpMethod.valueOf(r.toUpperCase(Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new CliException(ExitCode.USAGE, "the rule must be mean-level, min-level, sum FACT, all-done FACT or none, not '"
                        + rule + "'");
            }
            return Optional.of(new RollUp(method, Optional.ofNullable(fact)));
        }
    }
}
