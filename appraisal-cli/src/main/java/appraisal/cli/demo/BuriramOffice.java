package appraisal.cli.demo;

import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The organisation of the source document: the Community Development Department, the Buriram
 * province office with its four work groups and the 23 district offices of Buriram by their real
 * names, a head for each office and a few staff each. People's names are made up.
 */
public final class BuriramOffice {

    public static final OrgUnitId DEPARTMENT = new OrgUnitId("CDD");
    public static final OrgUnitId PROVINCE = new OrgUnitId("BRM");
    /** The department's deputy director-general: the provincial officer's supervisor, who reviews. */
    public static final PersonId REVIEWER = new PersonId("CDD-0001");
    /** The provincial CD officer (พัฒนาการจังหวัด): evaluator of every district head. */
    public static final PersonId PROVINCIAL_OFFICER = new PersonId("BRM-0001");

    /** A district office: its code, Thai name and how many staff besides its head. */
    public record District(OrgUnitId id, String name, int staff) {
        public PersonId head() {
            return new PersonId(id.value() + "-01");
        }

        /** Everyone in the office, the head included: the headcount that chooses T5's bracket. */
        public int headcount() {
            return staff + 1;
        }
    }

    private static final String[][] DISTRICTS = {
            {"MUEANG", "เมืองบุรีรัมย์"}, {"KHUMUEANG", "คูเมือง"}, {"KRASANG", "กระสัง"}, {"NANGRONG", "นางรอง"},
            {"NONGKI", "หนองกี่"}, {"LAHANSAI", "ละหานทราย"}, {"PRAKHONCHAI", "ประโคนชัย"}, {"BANKRUAT", "บ้านกรวด"},
            {"PHUTTHAISONG", "พุทไธสง"}, {"LAMPLAIMAT", "ลำปลายมาศ"}, {"SATUEK", "สตึก"}, {"PAKHAM", "ปะคำ"},
            {"NAPHO", "นาโพธิ์"}, {"NONGHONG", "หนองหงส์"}, {"PHLAPPHLACHAI", "พลับพลาชัย"}, {"HUAIRAT", "ห้วยราช"},
            {"NONSUWAN", "โนนสุวรรณ"}, {"CHAMNI", "ชำนิ"}, {"BANMAICHAIYAPHOT", "บ้านใหม่ไชยพจน์"}, {"NONDINDAENG", "โนนดินแดง"},
            {"BANDAN", "บ้านด่าน"}, {"KHAENDONG", "แคนดง"}, {"CHALOEMPHRAKIAT", "เฉลิมพระเกียรติ"}};

    private static final String[] WORK_GROUPS = {
            "COORD", "กลุ่มงานประสานและสนับสนุนการบริหารงานพัฒนาชุมชน",
            "STRATEGY", "กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน",
            "PROMOTION", "กลุ่มงานส่งเสริมการพัฒนาชุมชน",
            "INFO", "กลุ่มงานสารสนเทศการพัฒนาชุมชน"};

    private final List<District> districts = new ArrayList<>();
    private final List<OrgUnit> units = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();
    private final ThaiNames names;

    public BuriramOffice(long seed) {
        names = new ThaiNames(seed);
        units.add(new OrgUnit(DEPARTMENT, "กรมการพัฒนาชุมชน", OrgUnitKind.DEPARTMENT, Optional.empty()));
        units.add(new OrgUnit(PROVINCE, "สำนักงานพัฒนาชุมชนจังหวัดบุรีรัมย์", OrgUnitKind.PROVINCE, Optional.of(DEPARTMENT)));
        people.add(new Person(REVIEWER, names.next("นาย"), "รองอธิบดีกรมการพัฒนาชุมชน", PositionLevel.M2, DEPARTMENT, Optional.empty(), false));
        people.add(new Person(PROVINCIAL_OFFICER, names.next("นาย"), "พัฒนาการจังหวัดบุรีรัมย์", PositionLevel.M1, PROVINCE,
                Optional.of(REVIEWER), false));
        for (int i = 0; i < WORK_GROUPS.length; i += 2) {
            OrgUnitId group = new OrgUnitId("BRM-" + WORK_GROUPS[i]);
            units.add(new OrgUnit(group, WORK_GROUPS[i + 1], OrgUnitKind.WORK_GROUP, Optional.of(PROVINCE)));
            people.add(new Person(new PersonId(group.value() + "-01"), names.next(null), "นักวิชาการพัฒนาชุมชนชำนาญการพิเศษ",
                    PositionLevel.K3, group, Optional.of(PROVINCIAL_OFFICER), false));
        }
        for (int i = 0; i < DISTRICTS.length; i++) {
            // 1 to 5 staff besides the head, so the offices fall in every headcount bracket of T5.
            District d = new District(new OrgUnitId("BRM-" + DISTRICTS[i][0]), DISTRICTS[i][1], 1 + (i * 7) % 5);
            districts.add(d);
            units.add(new OrgUnit(d.id(), "สำนักงานพัฒนาชุมชนอำเภอ" + d.name(), OrgUnitKind.DISTRICT, Optional.of(PROVINCE)));
            people.add(new Person(d.head(), names.next(null), "พัฒนาการอำเภอ" + d.name(), PositionLevel.D1, d.id(),
                    Optional.of(PROVINCIAL_OFFICER), false));
            PositionLevel[] staffLevels = {PositionLevel.K2, PositionLevel.K1, PositionLevel.O3, PositionLevel.K3, PositionLevel.O2};
            for (int s = 0; s < d.staff(); s++) {
                PositionLevel level = staffLevels[s % staffLevels.length];
                String position = level.name().startsWith("O") ? "เจ้าพนักงานพัฒนาชุมชน" : "นักวิชาการพัฒนาชุมชน";
                people.add(new Person(new PersonId(d.id().value() + "-" + String.format("%02d", s + 2)), names.next(null), position, level,
                        d.id(), Optional.of(d.head()), s == d.staff() - 1 && i % 4 == 0));
            }
        }
    }

    public ImmutableList<District> districts() {
        return ImmutableList.copyOf(districts);
    }

    public ImmutableList<OrgUnit> units() {
        return ImmutableList.copyOf(units);
    }

    public ImmutableList<Person> people() {
        return ImmutableList.copyOf(people);
    }
}
