package appraisal.domain.seed;

import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.agreement.Actor;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.RubricEntry;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.port.in.agreement.AgreementChange;
import appraisal.domain.port.in.agreement.DraftAgreementCommand;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.lifecycle.SignAgreementCommand;
import appraisal.domain.port.in.org.ImportOrgCommand;
import appraisal.domain.port.in.round.OpenRoundCommand;
import appraisal.domain.port.in.rubric.ImportRubricCommand;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The Buriram province as a cascade sees it, with generated names: the department (its deputy
 * director-general supervises the provincial CD officer), the province office with one work group,
 * and {@code districts} district offices {@code BRM-D01}, {@code BRM-D02}, … each with a head
 * ({@code BRM-D01-00}, reporting to the provincial officer) and staff ({@code BRM-D01-01}, …,
 * reporting to their head). District {@code n} has {@code 2 + n % 4} staff, so headcounts
 * (head included) run 3, 4, 5, 6, 3, …
 *
 * <p>{@link #setUp} registers it all, opens round 2 of FY 2565 and imports both rubrics.
 */
public final class BuriramDistricts {

    public static final PersonId ADMIN = new PersonId("admin");
    public static final PersonId DIRECTOR = new PersonId("CDD-0001");
    public static final PersonId PROVINCIAL = new PersonId("BRM-0001");
    public static final OrgUnitId DEPARTMENT = new OrgUnitId("CDD");
    public static final OrgUnitId PROVINCE = new OrgUnitId("BRM");
    public static final OrgUnitId STRATEGY_GROUP = new OrgUnitId("BRM-STR");

    private BuriramDistricts() {
    }

    public static OrgUnitId district(int n) {
        return new OrgUnitId(String.format("BRM-D%02d", n));
    }

    public static PersonId head(int n) {
        return new PersonId(district(n).value() + "-00");
    }

    public static PersonId staff(int n, int k) {
        return new PersonId(district(n).value() + String.format("-%02d", k));
    }

    /** Staff of district {@code n}, head not included. */
    public static int staffCount(int n) {
        return 2 + n % 4;
    }

    public static void setUp(InMemorySystem system, int districts) {
        List<OrgUnit> units = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        units.add(new OrgUnit(DEPARTMENT, "กรมการพัฒนาชุมชน", OrgUnitKind.DEPARTMENT, Optional.empty()));
        units.add(new OrgUnit(PROVINCE, "สำนักงานพัฒนาชุมชนจังหวัดบุรีรัมย์", OrgUnitKind.PROVINCE, Optional.of(DEPARTMENT)));
        units.add(new OrgUnit(STRATEGY_GROUP, "กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน", OrgUnitKind.WORK_GROUP, Optional.of(PROVINCE)));
        people.add(new Person(DIRECTOR, "รองอธิบดีกรมการพัฒนาชุมชน", "รองอธิบดี", PositionLevel.M2, DEPARTMENT, Optional.empty(), false));
        people.add(new Person(PROVINCIAL, "นายสมชาย ใจดี", "พัฒนาการจังหวัด", PositionLevel.D2, PROVINCE, Optional.of(DIRECTOR), false));
        people.add(new Person(new PersonId("BRM-STR-01"), "นางสาววิไล ยุทธศาสตร์", "นักวิชาการพัฒนาชุมชน", PositionLevel.K3,
                STRATEGY_GROUP, Optional.of(PROVINCIAL), false));
        for (int n = 1; n <= districts; n++) {
            units.add(new OrgUnit(district(n), "สำนักงานพัฒนาชุมชนอำเภอที่ " + n, OrgUnitKind.DISTRICT, Optional.of(PROVINCE)));
            people.add(new Person(head(n), "พัฒนาการอำเภอที่ " + n, "พัฒนาการอำเภอ", PositionLevel.D1, district(n),
                    Optional.of(PROVINCIAL), false));
            for (int k = 1; k <= staffCount(n); k++) {
                people.add(new Person(staff(n, k), "นักพัฒนาชุมชน " + n + "-" + k, "นักพัฒนาชุมชน", PositionLevel.K2, district(n),
                        Optional.of(head(n)), false));
            }
        }
        system.org.importOrg(new ImportOrgCommand(ImmutableList.copyOf(units), ImmutableList.copyOf(people), ADMIN));
        system.roundService.open(new OpenRoundCommand(BuriramRound2565.round(), ADMIN));
        system.rubrics.importRubric(new ImportRubricCommand(BuriramRound2565.teamTree(), ADMIN));
        system.rubrics.importRubric(new ImportRubricCommand(BuriramRound2565.individualTree(), ADMIN));
    }

    /** The team indicators T1–T8 with the source document's weights: the broadcast template. */
    public static ImmutableList<ItemDraft> teamTemplate() {
        List<ItemDraft> items = new ArrayList<>();
        for (RubricEntry e : BuriramRound2565.teamRubric().entries()) {
            items.add(ItemDraft.of(e.indicator().ref().code(), e.section(), e.weight()));
        }
        return ImmutableList.copyOf(items);
    }

    /** The provincial officer's own agreement with the department (T1–T8), drafted but not signed. */
    public static AgreementId provincialDraft(InMemorySystem system) {
        return system.agreements.draft(new DraftAgreementCommand(BuriramRound2565.round().id(), PROVINCIAL, DIRECTOR,
                Optional.empty(), Facts.NONE, teamTemplate(), Actor.administrator(ADMIN)));
    }

    /** Both parties sign {@code id}. */
    public static void signByBoth(InMemorySystem system, AgreementId id, PersonId appraisee, PersonId evaluator) {
        system.agreements.sign(new SignAgreementCommand(AgreementChange.of(id, appraisee)));
        system.agreements.sign(new SignAgreementCommand(AgreementChange.of(id, evaluator)));
    }
}
