package appraisal.cli;

import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.EvidenceRef;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.model.agreement.ItemResult;
import appraisal.domain.model.criterion.FactValue;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.AgreementQueries;
import appraisal.domain.port.in.evidence.EvidenceUpload;
import appraisal.domain.port.in.lifecycle.RecordResultCommand;
import appraisal.domain.port.in.lifecycle.RecordResultUseCase;
import appraisal.domain.port.in.lifecycle.RecordResultsCommand;
import appraisal.domain.port.in.rubric.IndicatorQueries;
import appraisal.interchange.CsvTable;
import com.google.common.collect.ImmutableList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code appraisal result …}: report what was achieved on an agreement's items, one at a time or from a CSV file. */
@Command(name = "result", description = "Record results (ผลการดำเนินงาน): the facts reported for an item and the evidence behind them.",
        subcommands = {ResultCommand.Record.class, ResultCommand.Import.class})
public final class ResultCommand extends CommandGroup {

    /** What the result commands may do: the use cases they call, picked out of the wired application here and nowhere else. */
    record Uses(AgreementQueries agreements, IndicatorQueries indicators, RecordResultUseCase recordResult, InOneTransaction transactions) {
        static Uses of(Application app) {
            return new Uses(app.agreements, app.indicators, app.recordResult, app::inOneTransaction);
        }
    }

    /** Runs several recordings as one unit of work ({@link Application#inOneTransaction}): a file's rows are saved together or not at all. */
    interface InOneTransaction {
        <T> T inOneTransaction(java.util.function.Supplier<T> work);
    }

    /**
     * The result to record for one item. Unless {@code replace}, facts and evidence already
     * reported for it are kept and the new ones laid over them (a fact or an evidence of the same
     * name is replaced), so an appraisee can report as things get done. Files are uploaded with
     * the result; links are kept as they are.
     */
    static RecordResultCommand result(AgreementChange change, Agreement agreement, ItemId item, Facts facts,
                                      List<EvidenceFile> evidence, boolean replace) {
        Optional<ItemResult> earlier = replace ? Optional.empty() : agreement.result(item);
        Facts all = earlier.map(r -> r.facts().overlaidBy(facts)).orElse(facts);
        Map<String, EvidenceRef> byName = new LinkedHashMap<>();
        earlier.ifPresent(r -> r.evidence().forEach(e -> byName.put(e.name(), e)));
        List<EvidenceUpload> uploads = new ArrayList<>();
        for (EvidenceFile e : evidence) {
            byName.remove(e.name());
            if (e.link() != null) {
                byName.put(e.name(), e.link());
            } else {
                uploads.add(e.upload());
            }
        }
        return new RecordResultCommand(change, item, all, ImmutableList.copyOf(byName.values()), ImmutableList.copyOf(uploads));
    }

    @Command(name = "record", description = "Record facts for one item of an agreement, each read as the item's indicator "
            + "declares it (numbers with Thai or Arabic digits, yes/no or ใช่/ไม่ใช่, done 30/08/2565), with evidence files or links.",
            footer = {"", "Facts and evidence reported earlier for the item are kept unless --replace. Evidence is a file, uploaded to "
                    + "the agreement (its SHA-256, size and type worked out from its bytes; PDF, PNG, JPEG, DOCX, XLSX, CSV or text, "
                    + "within the round's evidence quota), or an https: or http: link.",
                    "Examples:",
                    "  appraisal result record AG-1 T1 budget.disbursed_pct=96.5 budget.loan_evidence_complete=done --as BRM-LPM-01",
                    "  appraisal result record AG-1 T3 \"transparency.evidence_sent=done 30/08/2565\" --evidence รายงาน=docs/t3.pdf",
                    "  appraisal result record AG-1 T3 --evidence ประกาศ=https://buriram.cdd.go.th/news/2565-08"})
    static final class Record extends AgreementChangeCommand {
        @Parameters(index = "1", paramLabel = "ITEM", description = "The item (its indicator code).")
        String item;

        @Parameters(index = "2..*", arity = "0..*", paramLabel = "NAME=VALUE", description = "Facts the item's indicator declares.")
        List<String> facts = new ArrayList<>();

        @Option(names = "--evidence", paramLabel = "NAME=FILE", description = "A document backing the result: a path or file: URI, "
                + "or an https: or http: link.")
        List<String> evidence = new ArrayList<>();

        @Option(names = "--replace", description = "Replace the item's earlier facts and evidence instead of adding to them.")
        boolean replace;

        @Override
        protected ExitCode execute() {
            if (facts.isEmpty() && evidence.isEmpty()) {
                throw new CliException(ExitCode.USAGE, "give at least one NAME=VALUE fact or --evidence NAME=FILE");
            }
            Actor reporter = acting();
            Agreement a = uses(Uses::of).agreements().show(agreementId());
            ItemFacts target = ItemFacts.of(uses(Uses::of).indicators(), a, item);
            Map<String, FactValue> values = new LinkedHashMap<>();
            for (String text : facts) {
                Assignment f = Assignment.of(text, "a fact");
                if (values.put(f.name(), target.parse(f.name(), f.value())) != null) {
                    throw new CliException(ExitCode.USAGE, "fact " + f.name() + " is given twice");
                }
            }
            List<EvidenceFile> files = new ArrayList<>();
            for (String text : evidence) {
                Assignment e = Assignment.of(text, "--evidence");
                files.add(EvidenceFile.read(e.name(), e.value(), Path.of("")));
            }
            uses(Uses::of).recordResult().record(result(change(reporter), a, target.item().id(), Facts.of(values), files, replace));
            return changed("result of " + target.item().id() + " recorded");
        }
    }

    @Command(name = "import", description = "Record results from a CSV file with the columns agreement,item,fact,value and "
            + "optionally evidence_name,evidence_uri (UTF-8, header row). Every row is checked first; a bad row is reported "
            + "as FILE:LINE and nothing is recorded.",
            footer = {"", "Rows of one item are recorded together; earlier facts of the item are kept unless --replace. Evidence "
                    + "is a file (its path relative to the CSV file's folder), uploaded to the agreement, or an https: or http: link.",
                    "Example file:",
                    "  agreement,item,fact,value,evidence_name,evidence_uri",
                    "  AG-1,T1,budget.disbursed_pct,96.5,,",
                    "  AG-1,T1,budget.loan_evidence_complete,done,สัญญายืมเงิน,loans.pdf",
                    "Examples:", "  appraisal result import results.csv --as BRM-LPM-01", "  cat results.csv | appraisal result import -"})
    static final class Import extends CommandBase {
        static final List<String> COLUMNS = List.of("agreement", "item", "fact", "value");
        static final List<String> EVIDENCE_COLUMNS = List.of("evidence_name", "evidence_uri");

        @Parameters(paramLabel = "FILE", description = "The CSV file, or - for standard input.")
        String file;

        @Option(names = "--replace", description = "Replace each item's earlier facts and evidence instead of adding to them.")
        boolean replace;

        /** What the rows give for one item of one agreement, in the order the file first names it. */
        private static final class ItemRows {
            final ItemFacts item;
            final long firstLine;
            final Map<String, FactValue> facts = new LinkedHashMap<>();
            final Map<String, Long> factLines = new HashMap<>();
            final List<EvidenceFile> evidence = new ArrayList<>();

            ItemRows(ItemFacts item, long firstLine) {
                this.item = item;
                this.firstLine = firstLine;
            }
        }

        @Override
        protected ExitCode execute() {
            Actor reporter = acting();
            Input.Source source = input().read(file);
            Path base = file.equals("-") ? Path.of("") : Optional.ofNullable(Path.of(file).toAbsolutePath().getParent()).orElse(Path.of(""));
            List<CsvTable.Row> rows = CsvRows.read(source, COLUMNS, EVIDENCE_COLUMNS);
            if (rows.isEmpty()) {
                throw CsvRows.bad(source, 1, "no rows after the header: nothing to record");
            }
            // First every row is checked, so a bad one anywhere records nothing.
            Map<AgreementId, Agreement> agreements = new HashMap<>();
            Map<String, ItemRows> items = new LinkedHashMap<>();
            for (CsvTable.Row row : rows) {
                try {
                    check(row, base, agreements, items);
                } catch (DomainException e) {
                    String where = source.name() + ":" + row.line();
                    throw new DomainException(e.kind(), e.code(), where + ": " + e.getMessage(), where);
                } catch (CliException e) {
                    throw CsvRows.bad(source, row.line(), e.getMessage());
                }
            }
            // One form per agreement, all in one transaction: a refusal anywhere records nothing.
            Map<AgreementId, List<ItemRows>> byAgreement = new LinkedHashMap<>();
            items.values().forEach(r -> byAgreement.computeIfAbsent(r.item.agreement().id(), k -> new ArrayList<>()).add(r));
            uses(Uses::of).transactions().inOneTransaction(() -> {
                for (List<ItemRows> form : byAgreement.values()) {
                    Agreement a = form.get(0).item.agreement();
                    AgreementChange change = AgreementChange.of(a.id(), reporter);
                    ImmutableList.Builder<RecordResultsCommand.Result> results = ImmutableList.builder();
                    for (ItemRows r : form) {
                        RecordResultCommand one = result(change, a, r.item.item().id(), Facts.of(r.facts), r.evidence, replace);
                        results.add(new RecordResultsCommand.Result(one.item(), one.facts(), one.evidence(), one.uploads()));
                    }
                    try {
                        uses(Uses::of).recordResult().recordAll(new RecordResultsCommand(change, results.build()));
                    } catch (DomainException e) {
                        // The agreement's own rules (its status, who may report) and the evidence rules (a file's kind, the
                        // round's quota) can refuse here.
                        String where = source.name() + ":" + form.get(0).firstLine;
                        throw new DomainException(e.kind(), e.code(), where + ": " + e.getMessage()
                                + " (nothing from the file was recorded)", where);
                    }
                }
                return null;
            });
            int recorded = items.size();
            Table.Builder t = Table.of("agreement", "ข้อตกลง", "item", "ข้อ", "facts", "ข้อมูล", "evidence", "หลักฐาน");
            items.values().forEach(r -> t.row(r.item.agreement().id().value(), r.item.item().id().value(), r.facts.size(), r.evidence.size()));
            out().print(t.build());
            out().note(recorded + " item result(s) recorded from " + rows.size() + " row(s) of " + source.name());
            return ExitCode.OK;
        }

        private void check(CsvTable.Row row, Path base, Map<AgreementId, Agreement> agreements, Map<String, ItemRows> items) {
            for (String column : List.of("agreement", "item")) {
                if (row.get(column).isEmpty()) {
                    throw new CliException(ExitCode.USAGE, "the " + column + " is empty");
                }
            }
            AgreementId id = AgreementCommand.agreementId(row.get("agreement"));
            Agreement a = agreements.computeIfAbsent(id, uses(Uses::of).agreements()::show);
            ItemFacts item = ItemFacts.of(uses(Uses::of).indicators(), a, row.get("item"));
            ItemRows r = items.computeIfAbsent(id.value() + "\n" + item.item().id().value(), k -> new ItemRows(item, row.line()));
            String fact = row.get("fact");
            String evidenceName = row.get("evidence_name");
            String evidenceUri = row.get("evidence_uri");
            if (fact.isEmpty() && evidenceName.isEmpty() && evidenceUri.isEmpty()) {
                throw new CliException(ExitCode.USAGE, "the row names neither a fact nor evidence");
            }
            if (!fact.isEmpty()) {
                Long earlier = r.factLines.putIfAbsent(fact, row.line());
                if (earlier != null) {
                    throw new CliException(ExitCode.USAGE, "fact " + fact + " of " + id + " " + item.item().id()
                            + " is already given on line " + earlier);
                }
                r.facts.put(fact, item.parse(fact, row.get("value")));
            } else if (!row.get("value").isEmpty()) {
                throw new CliException(ExitCode.USAGE, "a value without a fact");
            }
            if (evidenceName.isEmpty() != evidenceUri.isEmpty()) {
                throw new CliException(ExitCode.USAGE, "evidence needs both evidence_name and evidence_uri");
            }
            if (!evidenceName.isEmpty()) {
                r.evidence.add(EvidenceFile.read(evidenceName, evidenceUri, base));
            }
        }
    }
}
