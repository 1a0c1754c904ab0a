package appraisal.cli;

import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.org.ImportOrgCommand;
import appraisal.domain.port.in.org.ImportOrgUseCase;
import appraisal.domain.port.in.org.OrgImport;
import appraisal.domain.port.in.org.OrgQueries;
import appraisal.interchange.OrgCsv;
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

    /** What the org commands may do: the use cases they call, picked out of the wired application here and nowhere else. */
    record Uses(OrgQueries org, ImportOrgUseCase importOrg) {
        static Uses of(Application app) {
            return new Uses(app.org, app.importOrg);
        }
    }

    /** Runs an import, pointing a refusal of entry {@code units/N} or {@code people/N} at the CSV line it came from. */
    static OrgImport importing(CommandBase command, ImportOrgCommand importCommand, OrgCsv.Rows<?> rows) {
        try {
            return command.uses(Uses::of).importOrg().importOrg(importCommand);
        } catch (DomainException e) {
            throw rows.locate(e);
        }
    }

    @Command(name = "import", description = "Import org units from CSV (UTF-8, or Windows-874 as Thai Excel saves it; header row): code,name,kind,parent. "
            + "kind is department, province, district or work-group; only the department has no parent. All rows or none.",
            footer = {"", "Example:", "  appraisal org import units.csv",
                    "  printf 'code,name,kind,parent\\nCDD,กรมการพัฒนาชุมชน,department,\\n' | appraisal org import -"})
    static final class Import extends CommandBase {
        @Parameters(paramLabel = "FILE", description = "CSV file, or - for standard input.")
        String file;

        @Override
        protected ExitCode execute() {
            Input.Source source = input().read(file);
            OrgCsv.Rows<OrgUnit> units = CsvRows.reading(() -> OrgCsv.units(source.text(), source.name()));
            OrgImport result = importing(this, new ImportOrgCommand(units.values(), ImmutableList.of(), actor()), units);
            out().print(Table.of("added", "เพิ่ม", "updated", "ปรับปรุง").row(result.unitsAdded(), result.unitsUpdated()).build());
            return ExitCode.OK;
        }
    }

    @Command(name = "tree", description = "Show the organisation tree with the number of people in each unit.",
            footer = {"", "Example:", "  appraisal org tree"})
    static final class Tree extends CommandBase {
        @Override
        protected ExitCode execute() {
            List<OrgUnit> units = uses(Uses::of).org().units();
            Map<OrgUnitId, Long> headcount = uses(Uses::of).org().people().stream().collect(Collectors.groupingBy(Person::unit, Collectors.counting()));
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
