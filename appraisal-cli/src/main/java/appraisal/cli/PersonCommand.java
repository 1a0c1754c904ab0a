package appraisal.cli;

import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.port.in.org.ImportOrgCommand;
import appraisal.domain.port.in.org.OrgImport;
import appraisal.domain.port.in.org.OrgQueries;
import appraisal.interchange.OrgCsv;
import com.google.common.collect.ImmutableList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code appraisal person …}: people with their position, unit and supervisor. */
@Command(name = "person", description = "Import and list people (position, position level, unit, supervisor).",
        subcommands = {PersonCommand.Import.class, PersonCommand.ListPeople.class})
public final class PersonCommand extends CommandGroup {

    /** What the person commands may do: the use cases they call, picked out of the wired application here and nowhere else. */
    record Uses(OrgQueries org) {
        static Uses of(Application app) {
            return new Uses(app.org);
        }
    }

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
            OrgCsv.Rows<Person> people = CsvRows.reading(() -> OrgCsv.people(source.text(), source.name()));
            OrgImport result = OrgCommand.importing(this, new ImportOrgCommand(ImmutableList.of(), people.values(), actor()), people);
            out().print(Table.of("added", "เพิ่ม", "updated", "ปรับปรุง").row(result.peopleAdded(), result.peopleUpdated()).build());
            return ExitCode.OK;
        }
    }

    @Command(name = "list", description = "List people, all or of one unit.",
            footer = {"", "Examples:", "  appraisal person list", "  appraisal person list --unit BRM-LPM --format csv"})
    static final class ListPeople extends CommandBase {
        @Option(names = "--unit", paramLabel = "UNIT", description = "Only the people of this unit.")
        String unit;

        @Override
        protected ExitCode execute() {
            List<Person> people = unit == null ? uses(Uses::of).org().people() : uses(Uses::of).org().peopleIn(new OrgUnitId(unit));
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
