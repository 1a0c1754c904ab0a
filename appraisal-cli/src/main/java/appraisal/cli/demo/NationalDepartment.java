package appraisal.cli.demo;

import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * A made-up department the size of the Community Development Department: one department, its
 * provinces (76), each province office with four work groups, the districts (878) spread over the
 * provinces unevenly as real ones are (a few provinces with over twenty districts, most with
 * seven to fifteen, none with fewer than three), and its people (~10,000): the director-general,
 * each province's head and work-group staff, each district's head and staff.
 *
 * <p>Everything is drawn from one seed, so the same seed and size give the same department: the
 * spread of districts, the size of each district office, the names of places and people.
 *
 * <p>Who reports to whom follows the cascade: province heads to the director-general, district
 * heads and the province office's staff to the province head, district staff to their district
 * head — so each office has exactly one head (the one person reporting outside it).
 */
public final class NationalDepartment {

    /** How big a department to make: provinces, districts spread over them, and people in all. */
    public record Size(int provinces, int districts, int people) {

        /** The Community Development Department's size: 76 provinces, 878 districts, ~10,000 staff. */
        public static final Size NATIONAL = new Size(76, 878, 10_000);

        public Size {
            if (provinces < 1 || districts < provinces) {
                throw new IllegalArgumentException("a department needs at least one province and a district per province, not "
                        + provinces + " provinces and " + districts + " districts");
            }
            if (people < minimumPeople(provinces, districts)) {
                throw new IllegalArgumentException(provinces + " provinces and " + districts + " districts need at least "
                        + minimumPeople(provinces, districts) + " people (a director-general, " + PROVINCE_OFFICE
                        + " per province office, a head and one staff per district)");
            }
        }

        /** The fewest people a department of this shape can have. */
        public static int minimumPeople(int provinces, int districts) {
            return 1 + provinces * PROVINCE_OFFICE + districts * 2;
        }
    }

    /** An office: its unit, its head and its staff (work groups included), in id order. */
    public record Office(OrgUnitId unit, String name, PersonId head, ImmutableList<PersonId> staff) {

        /** Everyone of the office, head included. */
        public int headcount() {
            return staff.size() + 1;
        }
    }

    /** A province: its own office and its district offices. */
    public record Province(Office office, ImmutableList<Office> districts) {
    }

    public static final OrgUnitId DEPARTMENT = new OrgUnitId("CDD");
    /** อธิบดีกรมการพัฒนาชุมชน: evaluates the province heads. */
    public static final PersonId DIRECTOR_GENERAL = new PersonId("CDD-0001");

    private static final String[][] WORK_GROUPS = {
            {"COORD", "กลุ่มงานประสานและสนับสนุนการบริหารงานพัฒนาชุมชน"},
            {"STRATEGY", "กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน"},
            {"PROMOTION", "กลุ่มงานส่งเสริมการพัฒนาชุมชน"},
            {"INFO", "กลุ่มงานสารสนเทศการพัฒนาชุมชน"}};
    private static final int WORK_GROUP_STAFF = 3;
    /** A province office: its head and the staff of its work groups. */
    static final int PROVINCE_OFFICE = 1 + WORK_GROUPS.length * WORK_GROUP_STAFF;

    private static final String[] PLACE_START = {"นคร", "ศรี", "สุวรรณ", "ชัย", "ราช", "เชียง", "ลำ", "พระ", "สระ", "หนอง", "บ้าน",
            "นา", "โพธิ์", "ทอง", "เมือง", "กุด", "ดอน", "ท่า", "วัง", "บาง"};
    private static final String[] PLACE_END = {"ธานี", "บุรี", "สีมา", "ภูมิ", "นคร", "สวรรค์", "คาม", "แก้ว", "ใหม่", "พนม", "ปราการ",
            "สงคราม", "ทอง", "ไทร", "หลวง", "ชัย", "สาคร", "นาดี", "โคก", "บัว"};
    private static final PositionLevel[] DISTRICT_STAFF = {PositionLevel.K2, PositionLevel.K1, PositionLevel.O3, PositionLevel.K3,
            PositionLevel.O2, PositionLevel.K1, PositionLevel.O1};

    private final Size size;
    private final List<Province> provinces = new ArrayList<>();
    private final List<OrgUnit> units = new ArrayList<>();
    private final List<Person> people = new ArrayList<>();

    public NationalDepartment(Size size, long seed) {
        this.size = size;
        Random shape = new Random(seed);
        ThaiNames names = new ThaiNames(seed ^ 0x5DEECE66DL);
        int[] districtsPer = spread(size.districts(), size.provinces(), Math.min(3, size.districts() / size.provinces()), 0.45, shape);
        int districtPeople = size.people() - 1 - size.provinces() * PROVINCE_OFFICE;
        int[] peoplePer = spread(districtPeople, size.districts(), 2, 0.35, shape);

        units.add(new OrgUnit(DEPARTMENT, "กรมการพัฒนาชุมชน", OrgUnitKind.DEPARTMENT, Optional.empty()));
        people.add(new Person(DIRECTOR_GENERAL, names.next("นาย"), "อธิบดีกรมการพัฒนาชุมชน", PositionLevel.M2, DEPARTMENT,
                Optional.empty(), false));
        Set<String> provinceNames = new HashSet<>();
        int district = 0;
        for (int p = 0; p < size.provinces(); p++) {
            String code = String.format("P%02d", p + 1);
            String place = place(shape, provinceNames);
            OrgUnitId unit = new OrgUnitId(code);
            PersonId head = new PersonId(code + "-01");
            units.add(new OrgUnit(unit, "สำนักงานพัฒนาชุมชนจังหวัด" + place, OrgUnitKind.PROVINCE, Optional.of(DEPARTMENT)));
            people.add(new Person(head, names.next(null), "พัฒนาการจังหวัด" + place, PositionLevel.M1, unit,
                    Optional.of(DIRECTOR_GENERAL), false));
            List<PersonId> staff = new ArrayList<>();
            for (String[] group : WORK_GROUPS) {
                OrgUnitId groupId = new OrgUnitId(code + "-" + group[0]);
                units.add(new OrgUnit(groupId, group[1], OrgUnitKind.WORK_GROUP, Optional.of(unit)));
                for (int s = 0; s < WORK_GROUP_STAFF; s++) {
                    PersonId id = new PersonId(groupId.value() + "-" + String.format("%02d", s + 1));
                    PositionLevel level = s == 0 ? PositionLevel.K3 : s == 1 ? PositionLevel.K2 : PositionLevel.O3;
                    people.add(new Person(id, names.next(null), position(level), level, groupId, Optional.of(head), false));
                    staff.add(id);
                }
            }
            Office provinceOffice = new Office(unit, "สำนักงานพัฒนาชุมชนจังหวัด" + place, head, ImmutableList.copyOf(staff));
            List<Office> districts = new ArrayList<>();
            Set<String> districtNames = new HashSet<>();
            for (int d = 0; d < districtsPer[p]; d++, district++) {
                String districtPlace = d == 0 ? "เมือง" + place : place(shape, districtNames);
                districtNames.add(districtPlace);
                OrgUnitId districtId = new OrgUnitId(code + "-" + String.format("D%02d", d + 1));
                PersonId districtHead = new PersonId(districtId.value() + "-01");
                String name = "สำนักงานพัฒนาชุมชนอำเภอ" + districtPlace;
                units.add(new OrgUnit(districtId, name, OrgUnitKind.DISTRICT, Optional.of(unit)));
                people.add(new Person(districtHead, names.next(null), "พัฒนาการอำเภอ" + districtPlace, PositionLevel.D1, districtId,
                        Optional.of(head), false));
                List<PersonId> districtStaff = new ArrayList<>();
                for (int s = 0; s < peoplePer[district] - 1; s++) {
                    PersonId id = new PersonId(districtId.value() + "-" + String.format("%02d", s + 2));
                    PositionLevel level = DISTRICT_STAFF[s % DISTRICT_STAFF.length];
                    // Now and then the newest member of an office is still on probation (50/50 weights).
                    boolean probation = s == peoplePer[district] - 2 && shape.nextInt(6) == 0;
                    people.add(new Person(id, names.next(null), position(level), level, districtId, Optional.of(districtHead),
                            probation));
                    districtStaff.add(id);
                }
                districts.add(new Office(districtId, name, districtHead, ImmutableList.copyOf(districtStaff)));
            }
            provinces.add(new Province(provinceOffice, ImmutableList.copyOf(districts)));
        }
    }

    /**
     * {@code total} split over {@code parts}, each at least {@code minimum}, the rest in proportion to
     * seeded log-normal weights (spread {@code sigma}) by largest remainder: uneven like real
     * offices, and summing to exactly {@code total}.
     */
    static int[] spread(int total, int parts, int minimum, double sigma, Random random) {
        double[] weights = new double[parts];
        double sum = 0;
        for (int i = 0; i < parts; i++) {
            weights[i] = Math.exp(random.nextGaussian() * sigma);
            sum += weights[i];
        }
        int rest = total - minimum * parts;
        int[] out = new int[parts];
        double[] remainders = new double[parts];
        int given = 0;
        for (int i = 0; i < parts; i++) {
            double exact = rest * weights[i] / sum;
            out[i] = minimum + (int) Math.floor(exact);
            remainders[i] = exact - Math.floor(exact);
            given += (int) Math.floor(exact);
        }
        for (int left = rest - given; left > 0; left--) {
            int best = 0;
            for (int i = 1; i < parts; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            out[best]++;
            remainders[best] = -1;
        }
        return out;
    }

    private static String place(Random random, Set<String> taken) {
        for (int attempt = 0; attempt < 50; attempt++) {
            String name = PLACE_START[random.nextInt(PLACE_START.length)] + PLACE_END[random.nextInt(PLACE_END.length)];
            if (taken.add(name)) {
                return name;
            }
        }
        String name = PLACE_START[random.nextInt(PLACE_START.length)] + PLACE_END[random.nextInt(PLACE_END.length)] + taken.size();
        taken.add(name);
        return name;
    }

    private static String position(PositionLevel level) {
        return level.name().startsWith("O") ? "เจ้าพนักงานพัฒนาชุมชน" : "นักวิชาการพัฒนาชุมชน";
    }

    public Size size() {
        return size;
    }

    public ImmutableList<Province> provinces() {
        return ImmutableList.copyOf(provinces);
    }

    public ImmutableList<OrgUnit> units() {
        return ImmutableList.copyOf(units);
    }

    public ImmutableList<Person> people() {
        return ImmutableList.copyOf(people);
    }

    /** The number of district offices (of every province). */
    public int districtCount() {
        return provinces.stream().mapToInt(p -> p.districts().size()).sum();
    }
}
