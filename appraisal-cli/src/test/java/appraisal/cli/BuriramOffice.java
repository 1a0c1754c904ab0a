package appraisal.cli;

import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.seed.BuriramRound2565;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The people of the source document for command-line tests, stored straight into the fakes
 * (the org commands are another piece of work): the department's deputy director supervises the
 * provincial CD officer, who supervises two district CD officers and a work-group head.
 */
final class BuriramOffice {

    static final String TEAM_RUBRIC = Path.of("../examples/buriram-2565-r2-team.yaml").toString();
    static final String ROUND = "2565-2";
    /** รองอธิบดี: reviews the provincial officer's evaluations. */
    static final String DIRECTOR = "CDD-0001";
    /** พัฒนาการจังหวัดบุรีรัมย์: evaluates the district heads. */
    static final String PROVINCIAL = "BRM-0001";
    /** A work-group head at the province office, used as a witness. */
    static final String WORK_GROUP_HEAD = "BRM-0002";
    /** พัฒนาการอำเภอลำปลายมาศ. */
    static final String LAMPLAIMAT = "BRM-LPM-01";
    /** พัฒนาการอำเภอนางรอง. */
    static final String NANG_RONG = "BRM-NRG-01";

    private BuriramOffice() {
    }

    static void setUp(InMemoryCli cli) {
        unit(cli, "CDD", "กรมการพัฒนาชุมชน", OrgUnitKind.DEPARTMENT, null);
        unit(cli, "BRM", "สำนักงานพัฒนาชุมชนจังหวัดบุรีรัมย์", OrgUnitKind.PROVINCE, "CDD");
        unit(cli, "BRM-LPM", "สำนักงานพัฒนาชุมชนอำเภอลำปลายมาศ", OrgUnitKind.DISTRICT, "BRM");
        unit(cli, "BRM-NRG", "สำนักงานพัฒนาชุมชนอำเภอนางรอง", OrgUnitKind.DISTRICT, "BRM");
        person(cli, DIRECTOR, "รองอธิบดีกรมการพัฒนาชุมชน", "รองอธิบดี", PositionLevel.M2, "CDD", null);
        person(cli, PROVINCIAL, "นายสมชาย ใจดี", "พัฒนาการจังหวัด", PositionLevel.D2, "BRM", DIRECTOR);
        person(cli, WORK_GROUP_HEAD, "นางสมศรี มีสุข", "นักพัฒนาชุมชนชำนาญการพิเศษ", PositionLevel.K3, "BRM", PROVINCIAL);
        person(cli, LAMPLAIMAT, "นางสาวมาลี ศรีสุข", "พัฒนาการอำเภอ", PositionLevel.D1, "BRM-LPM", PROVINCIAL);
        person(cli, NANG_RONG, "นายวิชัย กล้าหาญ", "พัฒนาการอำเภอ", PositionLevel.D1, "BRM-NRG", PROVINCIAL);
        cli.ports.rounds().save(BuriramRound2565.round());
        // The province office runs its scripts as its head (the evaluator of the district heads), unless a step says --as.
        cli.environment.put("APPRAISAL_ACTOR", PROVINCIAL);
    }

    private static void unit(InMemoryCli cli, String id, String name, OrgUnitKind kind, String parent) {
        cli.ports.units().save(new OrgUnit(new OrgUnitId(id), name, kind, Optional.ofNullable(parent).map(OrgUnitId::new)));
    }

    private static void person(InMemoryCli cli, String id, String name, String position, PositionLevel level, String unit,
                               String supervisor) {
        cli.ports.people().save(new Person(new PersonId(id), name, position, level, new OrgUnitId(unit),
                Optional.ofNullable(supervisor).map(PersonId::new), false));
    }
}
