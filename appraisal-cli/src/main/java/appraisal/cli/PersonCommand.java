package appraisal.cli;

import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.ImportOrgCommand;
import appraisal.domain.port.in.OrgImport;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code appraisal person …}: people with their position, unit and supervisor. */
@Command(name = "person", description = "Import and list people (position, position level, unit, supervisor).",
        subcommands = {PersonCommand.Import.class, PersonCommand.ListPeople.class})
public final class PersonCommand extends CommandGroup {

    private static final Set<String> YES = Set.of("yes", "true", "1", "ใช่", "y");
    private static final Set<String> NO = Set.of("no", "false", "0", "ไม่ใช่", "n");


    @Command(name = "import", description = "Import people from CSV (UTF-8, header row): id,name,position,level,unit,supervisor,probation. "
            + "level is O1..O4, K1..K5, D1, D2, M1, M2; supervisor and probation (yes/no) are optional. All rows or none; "
            + "supervisor cycles, unknown units or supervisors and duplicate ids are refused with their row.",
            footer = {"", "Example:", "  appraisal person import people.csv"})
    static final class Import extends CommandBase {
        @Parameters(paramLabel = "FILE", description = "CSV file, or - for standard input.")
        String file;

        @Override
        protected ExitCode execute() {
            Input.Source source = input().read(file);
            List<CsvRows.Row> rows = CsvRows.read(source, List.of("id", "name", "position", "level", "unit"), List.of("supervisor", "probation"));
            List<Person> people = new ArrayList<>();
            for (CsvRows.Row row : rows) {
                people.add(row(source, row));
            }
            OrgImport result = OrgCommand.importing(this, new ImportOrgCommand(ImmutableList.of(), ImmutableList.copyOf(people), actor()),
                    source, rows, "people");
            out().print(Table.of("added", "เพิ่ม", "updated", "ปรับปรุง").row(result.peopleAdded(), result.peopleUpdated()).build());
            return ExitCode.OK;
        }

        private static Person row(Input.Source source, CsvRows.Row row) {
            PositionLevel level;
            try {
                level = PositionLevel.valueOf(OrgCommand.required(source, row, "level").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw CsvRows.bad(source, row.line(), "level '" + row.get("level") + "' is not a position level (O1..O4, K1..K5, D1, D2, M1, M2)");
            }
            String probation = OrgCommand.optional(row, "probation").orElse("no").toLowerCase(Locale.ROOT);
            if (!YES.contains(probation) && !NO.contains(probation)) {
                throw CsvRows.bad(source, row.line(), "probation must be yes or no, not '" + probation + "'");
            }
            try {
                return new Person(new PersonId(OrgCommand.required(source, row, "id")), OrgCommand.required(source, row, "name"),
                        OrgCommand.required(source, row, "position"), level, new OrgUnitId(OrgCommand.required(source, row, "unit")),
                        OrgCommand.optional(row, "supervisor").map(PersonId::new), YES.contains(probation));
            } catch (DomainException e) {
                throw CsvRows.bad(source, row.line(), e.getMessage());
            }
        }
    }

    @Command(name = "list", description = "List people, all or of one unit.",
            footer = {"", "Examples:", "  appraisal person list", "  appraisal person list --unit BRM-LPM --format csv"})
    static final class ListPeople extends CommandBase {
        @Option(names = "--unit", paramLabel = "UNIT", description = "Only the people of this unit.")
        String unit;

        @Override
        protected ExitCode execute() {
            List<Person> people = unit == null ? app().org.people() : app().org.peopleIn(new OrgUnitId(unit));
            Table.Builder table = Table.of("id", "รหัส", "name", "ชื่อ", "position", "ตำแหน่ง", "level", "ระดับ", "unit", "หน่วยงาน",
                    "supervisor", "ผู้บังคับบัญชา", "probation", "ทดลองงาน");
            for (Person p : people) {
                table.row(p.id().value(), p.name(), p.position(), p.level().name(), p.unit().value(),
                        p.supervisor().map(PersonId::value).orElse(""), p.onProbation());
            }
            out().print(table.build());
            return ExitCode.OK;
        }
    }
}
