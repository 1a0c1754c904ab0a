package appraisal.cli;

import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.ImportOrgCommand;
import appraisal.domain.port.in.OrgImport;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code appraisal org …}: the organisation tree. */
@Command(name = "org", description = "Import and show the organisation tree (department, provinces, districts, work groups).",
        subcommands = {OrgCommand.Import.class, OrgCommand.Tree.class})
public final class OrgCommand extends CommandGroup {


    /** Runs an import, pointing a refusal of entry {@code list/N} at the CSV row it came from. */
    static OrgImport importing(CommandBase command, ImportOrgCommand importCommand, Input.Source source, List<CsvRows.Row> rows,
                               String list) {
        try {
            return command.app().importOrg.importOrg(importCommand);
        } catch (DomainException e) {
            if (e.location().startsWith(list + "/")) {
                int index = Integer.parseInt(e.location().substring(list.length() + 1).split("/")[0]);
                String where = source.name() + ":" + rows.get(index).line();
                throw new DomainException(e.kind(), e.code(), where + ": " + e.getMessage() + "; nothing was imported", where);
            }
            throw e;
        }
    }

    /** A value the row must have, or a refusal naming file, line and column. */
    static String required(Input.Source source, CsvRows.Row row, String column) {
        String value = row.get(column);
        if (value.isEmpty()) {
            throw CsvRows.bad(source, row.line(), "column '" + column + "' is empty");
        }
        return value;
    }

    static Optional<String> optional(CsvRows.Row row, String column) {
        String value = row.get(column);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    @Command(name = "import", description = "Import org units from CSV (UTF-8, header row): code,name,kind,parent. "
            + "kind is department, province, district or work-group; only the department has no parent. All rows or none.",
            footer = {"", "Example:", "  appraisal org import units.csv",
                    "  printf 'code,name,kind,parent\\nCDD,กรมการพัฒนาชุมชน,department,\\n' | appraisal org import -"})
    static final class Import extends CommandBase {
        @Parameters(paramLabel = "FILE", description = "CSV file, or - for standard input.")
        String file;

        @Override
        protected ExitCode execute() {
            Input.Source source = input().read(file);
            List<CsvRows.Row> rows = CsvRows.read(source, List.of("code", "name", "kind"), List.of("parent"));
            List<OrgUnit> units = new ArrayList<>();
            for (CsvRows.Row row : rows) {
                units.add(row(source, row));
            }
            OrgImport result = importing(this, new ImportOrgCommand(ImmutableList.copyOf(units), ImmutableList.of(), actor()), source,
                    rows, "units");
            out().print(Table.of("added", "เพิ่ม", "updated", "ปรับปรุง").row(result.unitsAdded(), result.unitsUpdated()).build());
            return ExitCode.OK;
        }

        private static OrgUnit row(Input.Source source, CsvRows.Row row) {
            String kind = required(source, row, "kind").toUpperCase(Locale.ROOT).replace('-', '_');
            OrgUnitKind k;
            try {
                k = OrgUnitKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw CsvRows.bad(source, row.line(), "kind '" + row.get("kind") + "' is not one of department, province, district, work-group");
            }
            try {
                return new OrgUnit(new OrgUnitId(required(source, row, "code")), required(source, row, "name"), k,
                        optional(row, "parent").map(OrgUnitId::new));
            } catch (DomainException e) {
                throw CsvRows.bad(source, row.line(), e.getMessage());
            }
        }
    }

    @Command(name = "tree", description = "Show the organisation tree with the number of people in each unit.",
            footer = {"", "Example:", "  appraisal org tree"})
    static final class Tree extends CommandBase {
        @Override
        protected ExitCode execute() {
            List<OrgUnit> units = app().org.units();
            Map<OrgUnitId, Long> headcount = app().org.people().stream().collect(Collectors.groupingBy(Person::unit, Collectors.counting()));
            Map<Optional<OrgUnitId>, List<OrgUnit>> children = units.stream().collect(Collectors.groupingBy(OrgUnit::parent));
            Table.Builder table = Table.of("code", "รหัส", "name", "หน่วยงาน", "kind", "ประเภท", "parent", "สังกัด", "depth", "ชั้น",
                    "people", "บุคลากร");
            walk(Optional.empty(), 0, children, headcount, table);
            out().print(table.build());
            return ExitCode.OK;
        }

        private void walk(Optional<OrgUnitId> parent, int depth, Map<Optional<OrgUnitId>, List<OrgUnit>> children,
                          Map<OrgUnitId, Long> headcount, Table.Builder table) {
            List<OrgUnit> here = new ArrayList<>(children.getOrDefault(parent, List.of()));
            here.sort(Comparator.comparing((Function<OrgUnit, String>) u -> u.id().value()));
            for (OrgUnit u : here) {
                String name = out().format() == Format.TABLE ? "  ".repeat(depth) + u.name() : u.name();
                table.row(u.id().value(), name, u.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        u.parent().map(OrgUnitId::value).orElse(""), depth, headcount.getOrDefault(u.id(), 0L));
                walk(Optional.of(u.id()), depth + 1, children, headcount, table);
            }
        }
    }
}
