package appraisal.cli;

import appraisal.domain.model.agreement.Acknowledgement;
import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementScore;
import appraisal.domain.model.agreement.Item;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemScore;
import appraisal.domain.model.agreement.LevelOverride;
import appraisal.domain.model.audit.DomainEvent;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.criterion.Node;
import appraisal.domain.model.indicator.RubricEntry;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.interchange.AgreementCodec;
import appraisal.domain.model.interchange.AgreementDocument;
import appraisal.domain.model.interchange.RubricReading;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.thai.BuddhistDates;
import appraisal.domain.model.thai.ThaiDigits;
import appraisal.domain.port.in.agreement.AddItemCommand;
import appraisal.domain.port.in.agreement.AgreementQueries;
import appraisal.domain.port.in.agreement.AmendAgreementCommand;
import appraisal.domain.port.in.agreement.AmendAgreementUseCase;
import appraisal.domain.port.in.agreement.ChangeWeightCommand;
import appraisal.domain.port.in.agreement.DraftAgreementCommand;
import appraisal.domain.port.in.agreement.DraftAgreementUseCase;
import appraisal.domain.port.in.agreement.EditDraftUseCase;
import appraisal.domain.port.in.agreement.ImportAgreementCommand;
import appraisal.domain.port.in.agreement.ImportAgreementUseCase;
import appraisal.domain.port.in.agreement.ImportedAgreement;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.agreement.RemoveItemCommand;
import appraisal.domain.port.in.agreement.WithdrawDuplicateCommand;
import appraisal.domain.port.in.agreement.WithdrawDuplicateUseCase;
import appraisal.domain.port.in.agreement.WithdrawnDuplicate;
import appraisal.domain.port.in.lifecycle.SignAgreementCommand;
import appraisal.domain.port.in.lifecycle.SignAgreementUseCase;
import appraisal.domain.port.in.lifecycle.SubmitSelfAssessmentCommand;
import appraisal.domain.port.in.lifecycle.SubmitSelfAssessmentUseCase;
import appraisal.domain.port.in.org.OrgQueries;
import appraisal.domain.port.in.round.RoundQueries;
import appraisal.domain.port.in.rubric.ImportRubricCommand;
import appraisal.domain.port.in.rubric.ImportRubricUseCase;
import appraisal.domain.port.in.rubric.RubricImport;
import appraisal.domain.port.in.scoring.ScoreAgreementUseCase;
import appraisal.interchange.ParsedTree;
import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code appraisal agreement …}: draft, read, sign and amend agreements, and read their audit trail. */
@Command(name = "agreement", description = "Draft, show, list, sign, amend and edit agreements (ข้อตกลงการปฏิบัติราชการ); "
        + "export and import them; withdraw a duplicate.",
        subcommands = {AgreementCommand.Draft.class, AgreementCommand.Show.class, AgreementCommand.ListAgreements.class,
                AgreementCommand.Sign.class, AgreementCommand.Amend.class, AgreementCommand.AddItem.class,
                AgreementCommand.RemoveItem.class, AgreementCommand.Weight.class, AgreementCommand.Submit.class,
                AgreementCommand.History.class, AgreementCommand.Export.class, AgreementCommand.Import.class,
                AgreementCommand.Withdraw.class})
public final class AgreementCommand extends CommandGroup {

    /** What the agreement commands may do: the use cases they call, picked out of the wired application here and nowhere else. */
    record Uses(AgreementQueries agreements, OrgQueries org, RoundQueries rounds, DraftAgreementUseCase draft, ImportAgreementUseCase importAgreement, AgreementCodec agreementCodec, EditDraftUseCase editDraft, SignAgreementUseCase sign, AmendAgreementUseCase amend, SubmitSelfAssessmentUseCase submit, ScoreAgreementUseCase scoreAgreement, ImportRubricUseCase importRubric, WithdrawDuplicateUseCase withdrawDuplicate) {
        static Uses of(Application app) {
            return new Uses(app.agreements, app.org, app.rounds, app.draft, app.importAgreement, app.agreementCodec, app.editDraft, app.sign, app.amend, app.submit, app.scoreAgreement, app.importRubric, app.withdrawDuplicate);
        }
    }

    /** An agreement id as typed; ids are generated with Arabic digits, so Thai ones copied from a printout are read as those. */
    static AgreementId agreementId(String text) {
        return new AgreementId(ThaiDigits.toArabic(text.strip()));
    }

    /** An item id as typed: the indicator's code, Thai digits read as Arabic ones. */
    static ItemId itemId(String text) {
        return new ItemId(ThaiDigits.toArabic(text.strip()));
    }

    /** {@code team} or {@code individual} (also รายทีม / รายบุคคล). */
    static Section section(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "team", "รายทีม" -> Section.TEAM;
            case "individual", "รายบุคคล" -> Section.INDIVIDUAL;
            default -> throw new CliException(ExitCode.USAGE, "--section must be team or individual, not '" + text + "'");
        };
    }

    static String sectionName(Section section) {
        return section.name().toLowerCase(Locale.ROOT);
    }

    /** A weight in percent typed with Arabic or Thai digits ({@code 15}, {@code ๑๕}, {@code 12.5%}). */
    static BigDecimal weight(String text, String what) {
        String t = text.strip();
        try {
            return ThaiDigits.parseDecimal(t.endsWith("%") ? t.substring(0, t.length() - 1) : t);
        } catch (DomainException e) {
            throw new CliException(ExitCode.USAGE, what + ": the weight must be a number such as 15 or ๑๕, not '" + text + "'");
        }
    }

    /** The items given as {@code CODE=WEIGHT}, all in one section. */
    static List<ItemDraft> itemDrafts(List<String> codeWeights, Section section) {
        List<ItemDraft> drafts = new ArrayList<>();
        for (String text : codeWeights) {
            Assignment a = Assignment.of(text, "an item");
            drafts.add(ItemDraft.of(a.name(), section, weight(a.value(), a.name())));
        }
        return drafts;
    }

    @Command(name = "draft", description = "Draft an agreement for a round: from a rubric file (imported first, so its "
            + "indicators are stored) or item by item. Prints the new agreement's id.",
            footer = {"", "The evaluator is always the appraisee's supervisor as the org records them; --evaluator only "
                    + "states it (anyone else is refused: agreement.evaluator-not-supervisor). Who may draft (--as): the "
                    + "appraisee, the evaluator, those above them, or an administrator (docs/authority.md). Context facts are "
                    + "numbers when they read as one, else yes/no, else a choice.",
                    "Examples:",
                    "  appraisal agreement draft --round 2565-2 --appraisee BRM-LAMPLAIMAT-01 --as BRM-0001 "
                            + "--rubric examples/buriram-2565-r2-team.yaml --context office.headcount=6",
                    "  appraisal agreement draft --round 2565-2 --appraisee BRM-LAMPLAIMAT-02 --as BRM-LAMPLAIMAT-01 --item T1=60 "
                            + "--item T2=40 --section team",
                    "  ID=$(appraisal agreement draft --round 2565-2 --appraisee P3 --as P2 --item P4=100)"})
    static final class Draft extends CommandBase {
        @Option(names = "--round", required = true, paramLabel = "ROUND", description = "The round, e.g. 2565-2.")
        String round;

        @Option(names = "--appraisee", required = true, paramLabel = "PERSON", description = "Who is appraised (person id).")
        String appraisee;

        @Option(names = "--evaluator", paramLabel = "PERSON", description = "Who evaluates: the appraisee's supervisor (the "
                + "default); anyone else is refused.")
        String evaluator;

        @Option(names = "--parent", paramLabel = "AGREEMENT", description = "The agreement this one is cascaded from.")
        String parent;

        @Option(names = "--rubric", paramLabel = "FILE", description = "Draft the indicators of this rubric (YAML or JSON, - for stdin).")
        String rubric;

        @Option(names = "--section", paramLabel = "SECTION", description = "team or individual: with --rubric, only that "
                + "section's indicators (default: all); with --item, the items' section (default: individual).")
        String section;

        @Option(names = "--item", paramLabel = "CODE=WEIGHT", description = "An indicator (latest stored version) and its weight in percent.")
        List<String> items = new ArrayList<>();

        @Option(names = "--context", paramLabel = "NAME=VALUE", description = "A fact of the office, e.g. office.headcount=6.")
        List<String> context = new ArrayList<>();

        @Override
        protected ExitCode execute() {
            if ((rubric == null) == items.isEmpty()) {
                throw new CliException(ExitCode.USAGE, "give either --rubric FILE or --item CODE=WEIGHT ..., not both or neither");
            }
            Facts facts = ContextFacts.parse(context);
            PersonId appraiseeId = new PersonId(appraisee.strip());
            PersonId evaluatorId = evaluator != null ? new PersonId(evaluator.strip())
                    : uses(Uses::of).org().person(appraiseeId).supervisor().orElseThrow(() -> new CliException(ExitCode.USAGE,
                    appraisee + " has no supervisor recorded; say who evaluates with --evaluator"));
            List<ItemDraft> drafts = rubric != null ? fromRubric(this, rubric, section)
                    : itemDrafts(items, section == null ? Section.INDIVIDUAL : section(section));
            AgreementId id = uses(Uses::of).draft().draft(new DraftAgreementCommand(new RoundId(round.strip()), appraiseeId, evaluatorId,
                    Optional.ofNullable(parent).map(AgreementCommand::agreementId), facts, ImmutableList.copyOf(drafts), acting()));
            if (out().format() == Format.TABLE) {
                // The id alone, so a script can capture it; digits stay Arabic because it is typed back.
                spec.commandLine().getOut().println(id.value());
                spec.commandLine().getOut().flush();
            } else {
                Agreement a = uses(Uses::of).agreements().show(id);
                out().print(Table.of("agreement", "ข้อตกลง", "status", "สถานะ", "version", "ฉบับ", "items", "จำนวนตัวชี้วัด",
                        "weight", "น้ำหนักรวม").row(id.value(), a.status().name(), a.version(), a.items().size(), a.totalWeight()).build());
            }
            return ExitCode.OK;
        }
    }

    /**
     * The entries of a rubric file (of {@code section} only, when given) as items to draft, at the
     * versions its import stored: the rubric is imported first, so its indicators are stored.
     * Used by {@code agreement draft --rubric} and {@code cascade broadcast --rubric}.
     */
    static List<ItemDraft> fromRubric(CommandBase command, String rubric, String section) {
        ParsedTree parsed = command.input().tree(rubric);
        RubricReading reading = RubricCommand.read(command, parsed);
        if (!reading.findings().isEmpty()) {
            throw new CliException(ExitCode.USAGE, parsed.source() + ": " + reading.findings().size()
                    + " indicator(s) cannot be built; see appraisal rubric validate " + rubric);
        }
        RubricImport imported;
        try {
            imported = command.uses(Uses::of).importRubric().importRubric(new ImportRubricCommand(parsed.tree(), command.actor()));
        } catch (DomainException e) {
            throw parsed.locate(e);
        }
        List<RubricEntry> entries = section == null ? imported.rubric().entries() : imported.rubric().section(section(section));
        if (entries.isEmpty()) {
            throw new CliException(ExitCode.USAGE, parsed.source() + " has no " + section + " indicators");
        }
        return entries.stream().map(e -> ItemDraft.of(e.indicator().ref(), e.section(), e.weight())).collect(Collectors.toList());
    }

    @Command(name = "show", description = "Show an agreement: its parties, status and version, then each item with the "
            + "facts reported, the level they reach, the score that counts and any override.",
            footer = {"", "Examples:", "  appraisal agreement show AG-1", "  appraisal agreement show AG-1 --format json"})
    static final class Show extends CommandBase {
        /** Offices read dates in Thai time. */
        private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

        @Parameters(paramLabel = "AGREEMENT", description = "The agreement's id.")
        String agreement;

        @Override
        protected ExitCode execute() {
            Agreement a = uses(Uses::of).agreements().show(agreementId(agreement));
            Optional<AgreementScore> score;
            String notScored = "";
            try {
                score = Optional.of(uses(Uses::of).scoreAgreement().score(a.id()));
            } catch (DomainException e) {
                if (e.kind() == DomainException.Kind.CONFLICT || e.kind() == DomainException.Kind.UNAVAILABLE) {
                    throw e;
                }
                score = Optional.empty();
                notScored = e.getMessage();
            }
            Map<ItemId, ItemScore> scores = new HashMap<>();
            score.ifPresent(s -> s.items().forEach(i -> scores.put(i.item(), i)));
            Table items = items(a, scores);
            OrgDirectory org = new OrgDirectory(uses(Uses::of).org());
            if (out().format() == Format.JSON) {
                Node.ObjBuilder o = Node.obj().put("agreement", a.id().value()).put("round", a.round().value())
                        .put("status", a.status().name()).put("version", a.version()).put("revision", a.revision())
                        .put("appraisee", a.appraisee().value()).put("evaluator", a.evaluator().value())
                        .putIfPresent("parent", a.parent().map(p -> Node.text(p.value())))
                        .put("context", FactText.of(a.context(), Format.JSON))
                        .put("signed_by", a.signatures().stream().map(s -> s.signer().value()).collect(Collectors.joining(",")))
                        .put("total_weight", a.totalWeight());
                score.ifPresent(s -> o.put("achievement", s.achievement()).put("decided", s.decided()));
                a.acknowledgement().ifPresent(ack -> {
                    if (ack instanceof Acknowledgement.Refused r) {
                        o.put("acknowledgement", "refused").put("witness", r.witness().value()).put("refusal_note", r.note());
                    } else {
                        o.put("acknowledgement", "acknowledged");
                    }
                });
                a.review().ifPresent(r -> o.put("reviewer", r.reviewer().value()).put("opinion", r.opinion()));
                out().print(o.put("items", Output.toTree(items)).build());
                return ExitCode.OK;
            }
            out().note("ข้อตกลง " + a.id() + " — round " + a.round() + ", status " + a.status() + ", revision " + a.revision()
                    + ", version " + a.version());
            out().note("appraisee " + org.label(a.appraisee()) + "; evaluator " + org.label(a.evaluator())
                    + a.parent().map(p -> "; parent " + p).orElse(""));
            if (!a.context().isEmpty()) {
                out().note("context: " + FactText.of(a.context(), Format.TABLE));
            }
            out().note("signed by: " + (a.signatures().isEmpty() ? "nobody yet"
                    : a.signatures().stream().map(s -> s.role().name().toLowerCase(Locale.ROOT) + " " + s.signer())
                    .collect(Collectors.joining(", "))));
            a.acknowledgement().ifPresent(ack -> out().note(acknowledgement(ack, org)));
            a.review().ifPresent(r -> out().note("reviewed by " + org.label(r.reviewer()) + ": " + r.opinion()));
            String scoredLine = score.map(s -> "achievement " + s.achievement().toPlainString() + (s.decided() ? "" : " (provisional)"))
                    .orElse("not scored: " + notScored);
            out().note("total weight " + a.totalWeight().toPlainString() + "; " + scoredLine);
            out().print(items);
            return ExitCode.OK;
        }

        private Table items(Agreement a, Map<ItemId, ItemScore> scores) {
            Table.Builder t = Table.of("item", "ข้อ", "section", "ส่วน", "indicator", "ตัวชี้วัด", "weight", "น้ำหนัก",
                    "responsible_unit", "หน่วยงานรับผิดชอบ", "facts", "ผลการดำเนินงาน", "computed_level", "ระดับตามผล",
                    "score", "คะแนน", "override", "ปรับระดับ");
            for (Item item : a.items()) {
                Optional<ItemScore> s = Optional.ofNullable(scores.get(item.id()));
                t.row(item.id().value(), sectionName(item.section()), item.indicator().toString(), item.weight(),
                        item.responsibleUnit(), a.result(item.id()).map(r -> FactText.of(r.facts(), out().format())).orElse(""),
                        s.map(i -> i.computed().level()).orElse(null), s.map(ItemScore::score).orElse(null),
                        a.evaluationOf(item.id()).flatMap(e -> e.override()).map(Show::override).orElse(""));
            }
            return t.build();
        }

        private static String acknowledgement(Acknowledgement ack, OrgDirectory org) {
            String on = BuddhistDates.format(LocalDate.ofInstant(ack.at(), BANGKOK), BuddhistDates.Style.SHORT, false);
            if (ack instanceof Acknowledgement.Refused r) {
                return "refused to sign on " + on + "; notified by " + r.notifier() + ", witness " + org.label(r.witness())
                        + (r.note().isEmpty() ? "" : ": " + r.note());
            }
            return "acknowledged on " + on;
        }

        static String override(LevelOverride o) {
            return o.level() + ": " + o.reason();
        }
    }

    @Command(name = "list", description = "List the agreements of a round, or of one appraisee in it.",
            footer = {"", "Examples:", "  appraisal agreement list", "  appraisal agreement list --round 2565-2 --appraisee BRM-LPM-01 --format csv"})
    static final class ListAgreements extends CommandBase {
        @Mixin
        RoundOption round = new RoundOption();

        @Option(names = "--appraisee", paramLabel = "PERSON", description = "Only this appraisee's agreements.")
        String appraisee;

        @Override
        protected ExitCode execute() {
            RoundId roundId = round.resolve(uses(Uses::of).rounds()).id();
            List<Agreement> agreements = appraisee == null ? uses(Uses::of).agreements().inRound(roundId)
                    : uses(Uses::of).agreements().ofAppraisee(roundId, new PersonId(appraisee.strip()));
            OrgDirectory org = new OrgDirectory(uses(Uses::of).org());
            Table.Builder t = Table.of("agreement", "ข้อตกลง", "round", "รอบ", "appraisee", "ผู้รับการประเมิน", "name", "ชื่อ",
                    "evaluator", "ผู้ประเมิน", "status", "สถานะ", "items", "ตัวชี้วัด", "weight", "น้ำหนักรวม", "version", "ฉบับ");
            for (Agreement a : agreements) {
                t.row(a.id().value(), a.round().value(), a.appraisee().value(), org.name(a.appraisee()), a.evaluator().value(),
                        a.status().name(), a.items().size(), a.totalWeight(), a.version());
            }
            out().print(t.build());
            return ExitCode.OK;
        }
    }

    @Command(name = "sign", description = "Sign an agreement as its appraisee or evaluator (--as); when both have signed it is agreed.",
            footer = {"", "Examples:", "  appraisal agreement sign AG-1 --as BRM-LPM-01",
                    "  appraisal agreement sign AG-1 --as BRM-0001 --version 3"})
    static final class Sign extends AgreementChangeCommand {
        @Override
        protected ExitCode execute() {
            Actor signer = acting();
            uses(Uses::of).sign().sign(new SignAgreementCommand(change(signer)));
            return changed("signed by " + signer.id());
        }
    }

    @Command(name = "amend", description = "Start a new revision of an agreed agreement (back to draft, signatures cleared); "
            + "the signed revision is kept.",
            footer = {"", "Example:", "  appraisal agreement amend AG-1 --as BRM-0001 --reason \"ปรับน้ำหนักตามนโยบายใหม่\""})
    static final class Amend extends AgreementChangeCommand {
        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is amended (kept in the trail).")
        String reason;

        @Override
        protected ExitCode execute() {
            uses(Uses::of).amend().amend(new AmendAgreementCommand(change(acting()), reason));
            return changed("amended");
        }
    }

    @Command(name = "add-item", description = "Add an indicator (its latest stored version) to a draft.",
            footer = {"", "Examples:", "  appraisal agreement add-item AG-1 T7=10", "  appraisal agreement add-item AG-1 P4=5 --section individual"})
    static final class AddItem extends AgreementChangeCommand {
        @Parameters(index = "1", paramLabel = "CODE=WEIGHT", description = "The indicator's code and its weight in percent.")
        String item;

        @Option(names = "--section", paramLabel = "SECTION", description = "team or individual (default: individual).")
        String section;

        @Override
        protected ExitCode execute() {
            ItemDraft draft = itemDrafts(List.of(item), section == null ? Section.INDIVIDUAL : section(section)).get(0);
            uses(Uses::of).editDraft().addItem(new AddItemCommand(change(acting()), draft));
            return changed("item " + draft.indicatorCode() + " added");
        }
    }

    @Command(name = "remove-item", description = "Remove an item from a draft.",
            footer = {"", "Example:", "  appraisal agreement remove-item AG-1 T7"})
    static final class RemoveItem extends AgreementChangeCommand {
        @Parameters(index = "1", paramLabel = "ITEM", description = "The item (its indicator code).")
        String item;

        @Override
        protected ExitCode execute() {
            uses(Uses::of).editDraft().removeItem(new RemoveItemCommand(change(acting()), itemId(item)));
            return changed("item " + item.strip() + " removed");
        }
    }

    @Command(name = "weight", description = "Change an item's weight in a draft.",
            footer = {"", "Example:", "  appraisal agreement weight AG-1 T1 20"})
    static final class Weight extends AgreementChangeCommand {
        @Parameters(index = "1", paramLabel = "ITEM", description = "The item (its indicator code).")
        String item;

        @Parameters(index = "2", paramLabel = "WEIGHT", description = "The new weight in percent.")
        String weight;

        @Override
        protected ExitCode execute() {
            BigDecimal w = weight(weight, item);
            uses(Uses::of).editDraft().changeWeight(new ChangeWeightCommand(change(acting()), itemId(item), w));
            return changed("weight of " + item.strip() + " set to " + w.toPlainString());
        }
    }

    @Command(name = "submit", description = "Submit the self-assessment (every item needs a result) and hand the agreement to the evaluator.",
            footer = {"", "Example:", "  appraisal agreement submit AG-1 --as BRM-LPM-01"})
    static final class Submit extends AgreementChangeCommand {
        @Override
        protected ExitCode execute() {
            uses(Uses::of).submit().submit(new SubmitSelfAssessmentCommand(change(acting())));
            return changed("self-assessment submitted");
        }
    }

    @Command(name = "history", description = "The agreement's audit trail, oldest first: when, who, what, and the fields before "
            + "and after (also of a withdrawn duplicate, whose trail stays).",
            footer = {"", "Examples:", "  appraisal agreement history AG-1", "  appraisal agreement history AG-1 --format json"})
    static final class History extends CommandBase {
        @Parameters(paramLabel = "AGREEMENT", description = "The agreement's id.")
        String agreement;

        @Override
        protected ExitCode execute() {
            AgreementId id = agreementId(agreement);
            List<DomainEvent> events = uses(Uses::of).agreements().history(id);
            if (events.isEmpty()) {
                // A withdrawn duplicate is gone but its trail is not: only an id with neither is not found.
                uses(Uses::of).agreements().show(id);
            }
            if (out().format() == Format.JSON) {
                // Before and after stay objects for scripts; the other formats flatten them to one cell.
                List<Node> rows = new ArrayList<>();
                for (DomainEvent e : events) {
                    rows.add(Node.obj().put("at", e.at().toString()).put("actor", e.actor().value()).put("type", e.type())
                            .put("version", e.version()).put("before", fields(e.before())).put("after", fields(e.after())).build());
                }
                out().print(Node.arr(rows));
                return ExitCode.OK;
            }
            Table.Builder t = Table.of("at", "เมื่อ", "actor", "ผู้ดำเนินการ", "type", "รายการ", "version", "ฉบับ",
                    "before", "ก่อน", "after", "หลัง");
            for (DomainEvent e : events) {
                t.row(e.at().toString(), e.actor().value(), e.type(), e.version(), text(e.before()), text(e.after()));
            }
            out().print(t.build());
            return ExitCode.OK;
        }

        private static Node fields(Map<String, String> values) {
            Node.ObjBuilder o = Node.obj();
            values.forEach(o::put);
            return o.build();
        }

        private static String text(Map<String, String> values) {
            return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
        }
    }

    @Command(name = "export", description = "Print an agreement in the interchange format (YAML, or JSON with --format json): "
            + "header, office facts, items with results and evaluation, competencies, signatures, acknowledgement, review.",
            footer = {"", "Schema: docs/schema/agreement.schema.json", "Examples:", "  appraisal agreement export AG-4 > ag4.yaml",
                    "  appraisal agreement export AG-4 --format json"})
    static final class Export extends CommandBase {
        @Parameters(paramLabel = "AGREEMENT", description = "The agreement's id.")
        String agreement;

        @Override
        protected ExitCode execute() {
            out().print(uses(Uses::of).agreementCodec().write(uses(Uses::of).agreements().show(agreementId(agreement))));
            return ExitCode.OK;
        }
    }

    @Command(name = "import", description = "Draft an agreement from an agreement file (the format export writes): round, "
            + "appraisee, evaluator (default: the appraisee's supervisor), parent, office facts and items with any local "
            + "targets and roll-up rules. Results, evaluation and signatures in the file are for reading and are not imported. "
            + "A person has one agreement per round: a file for someone who has one is refused (exit 1, naming it) unless "
            + "--as-amendment makes it change that agreement instead. Prints the agreement's id.",
            footer = {"", "With --as-amendment, when the appraisee has an agreement in the round: a DRAFT gets the file's items "
                    + "(an item on the same indicator version, section, unit and parent is kept with any result, its weight, "
                    + "targets and roll-up set as in the file; the others are removed or added); an AGREED one is first amended "
                    + "(a new revision in DRAFT, the signed one kept; --reason and --as a party are needed), then made so. Later "
                    + "statuses are refused (exit 1). The file may not name another evaluator or parent; its office facts, when "
                    + "it has some, replace the agreement's. Someone without an agreement gets a new draft as without the flag.",
                    "Schema: docs/schema/agreement.schema.json", "Examples:", "  appraisal agreement import examples/agreement-lamplaimat.yaml",
                    "  appraisal agreement export AG-4 > ag4.yaml   # edit it, then:",
                    "  appraisal agreement import ag4.yaml --as-amendment --reason \"ปรับน้ำหนักตามนโยบายใหม่\" --as BRM-LPM-01"})
    static final class Import extends CommandBase {
        @Parameters(paramLabel = "FILE", description = "YAML or JSON agreement file, or - for standard input.")
        String file;

        @Option(names = "--as-amendment", description = "If the appraisee has an agreement in the round, make it the file's "
                + "instead of refusing (a draft's items are replaced; an agreed one is amended to a new revision).")
        boolean asAmendment;

        @Option(names = "--reason", paramLabel = "TEXT", description = "Why an agreed agreement is amended (with --as-amendment; "
                + "kept in the audit trail).")
        String reason;

        @Override
        protected ExitCode execute() {
            if (reason != null && !asAmendment) {
                throw new CliException(ExitCode.USAGE, "--reason goes with --as-amendment: a new draft needs none");
            }
            ParsedTree parsed = input().tree(file);
            AgreementDocument document;
            ImportedAgreement imported;
            try {
                document = uses(Uses::of).agreementCodec().read(parsed.tree());
                imported = uses(Uses::of).importAgreement().importAgreement(new ImportAgreementCommand(document, asAmendment, reason, acting()));
            } catch (DomainException e) {
                throw parsed.locate(e);
            }
            Agreement a = uses(Uses::of).agreements().show(imported.agreement());
            if (out().format() == Format.TABLE) {
                // The id alone on standard output, so a script can capture it; what happened to it goes to standard error.
                spec.commandLine().getOut().println(a.id().value());
                spec.commandLine().getOut().flush();
                if (imported.outcome() != ImportedAgreement.Outcome.DRAFTED) {
                    spec.commandLine().getErr().println(a.id() + ": " + outcome(imported.outcome()) + "; status " + a.status()
                            + ", revision " + a.revision() + ", version " + a.version());
                    spec.commandLine().getErr().flush();
                }
                return ExitCode.OK;
            }
            out().print(Table.of("agreement", "ข้อตกลง", "outcome", "ผล", "status", "สถานะ", "version", "ฉบับ", "revision", "ครั้งที่แก้ไข")
                    .row(a.id().value(), imported.outcome().name(), a.status().name(), a.version(), a.revision()).build());
            return ExitCode.OK;
        }

        private static String outcome(ImportedAgreement.Outcome outcome) {
            return switch (outcome) {
                case DRAFTED -> "drafted";
                case DRAFT_CHANGED -> "its draft now holds the file's items";
                case AMENDED -> "amended to a new revision holding the file's items (sign it again to agree it)";
                case UNCHANGED -> "already holds what the file says, nothing changed";
            };
        }
    }

    @Command(name = "withdraw", description = "Take a duplicate agreement out of the store: one of several agreements a person "
            + "has in one round, which a store made before the rule of one agreement per person per round may hold "
            + "('appraisal check' lists them as agreement.duplicate-in-round and says which to keep). The one furthest along "
            + "and one that others are cascaded from are never withdrawn; a reason is needed. Its audit trail stays, with an "
            + "agreement.withdrawn event that keeps what it held (items, signatures, results, evaluation).",
            footer = {"", "Exit codes: 1 refused (not a duplicate, the one furthest along, others cascaded from it); 2 no reason; "
                    + "3 no such agreement; 4 changed by someone else meanwhile.",
                    "Examples:", "  appraisal check --quick", "  appraisal agreement export AG-7 > AG-7.yaml   # a copy, if wanted",
                    "  appraisal agreement withdraw AG-7 --reason \"ร่างซ้ำจากการกดปุ่มหลายครั้ง\" --as admin"})
    static final class Withdraw extends CommandBase {
        @Parameters(paramLabel = "AGREEMENT", description = "The duplicate agreement's id.")
        String agreement;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is withdrawn (kept in the audit trail).")
        String reason;

        @Override
        protected ExitCode execute() {
            WithdrawnDuplicate w = uses(Uses::of).withdrawDuplicate().withdraw(new WithdrawDuplicateCommand(agreementId(agreement), reason, actor()));
            String remaining = w.remaining().stream().map(AgreementId::value).collect(Collectors.joining(" "));
            out().note(w.withdrawn() + " withdrawn; " + w.appraisee() + " has " + (w.remaining().size() == 1 ? "agreement "
                    : w.remaining().size() + " agreements ") + remaining + " in round " + w.round()
                    + (w.remaining().size() > 1 ? " (still more than one: see appraisal check)" : ""));
            if (out().format() != Format.TABLE) {
                out().print(Table.of("withdrawn", "ถอนออก", "appraisee", "ผู้รับการประเมิน", "round", "รอบ", "remaining", "ข้อตกลงที่เหลือ")
                        .row(w.withdrawn().value(), w.appraisee().value(), w.round().value(), remaining).build());
            }
            return ExitCode.OK;
        }
    }
}
