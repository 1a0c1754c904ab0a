package appraisal.http;

import appraisal.domain.fake.InMemorySystem;
import appraisal.domain.model.access.Principal;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.Section;
import appraisal.domain.model.interchange.RoundCodec;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.OrgUnitId;
import appraisal.domain.model.org.OrgUnitKind;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.org.PositionLevel;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.port.in.access.AddUserCommand;
import appraisal.domain.port.in.access.IssueTokenCommand;
import appraisal.domain.port.in.agreement.DraftAgreementCommand;
import appraisal.domain.port.in.agreement.ItemDraft;
import appraisal.domain.port.in.org.ImportOrgCommand;
import appraisal.domain.port.in.round.OpenRoundCommand;
import appraisal.domain.port.in.rubric.ImportRubricCommand;
import appraisal.interchange.Syntax;
import appraisal.interchange.TreeText;
import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real server on a free port over the domain's in-memory fakes, holding what the API's tests act
 * on: the province office of the demo (the department CDD, the Buriram province office BRM and its
 * 23 district offices, each head with a drafted agreement), the demo's round and rubrics read from
 * {@code examples/}, and a second province SRN outside everyone's scope. Each role the tests act as
 * has an account and a bearer token.
 *
 * <p>Roles: {@code admin}; {@code appraisee} BRM-MUEANG-09; {@code evaluator} BRM-MUEANG-02 (their
 * supervisor, who heads nothing); {@code office-head} BRM-MUEANG-01 (head of the Mueang district,
 * the evaluator's supervisor and so the reviewer); {@code province-head} BRM-0001. Outside all of
 * their scopes: a second province SRN with its head SRN-0001 and staff SRN-0002.
 */
public final class ApiFixture extends ApiCalls implements AutoCloseable {

    static final String ROUND = "2565-2";
    static final String PASSWORD = "correct horse battery staple";
    static final PersonId APPRAISEE = new PersonId("BRM-MUEANG-09");
    static final PersonId EVALUATOR = new PersonId("BRM-MUEANG-02");
    static final PersonId OFFICE_HEAD = new PersonId("BRM-MUEANG-01");
    static final PersonId PROVINCE_HEAD = new PersonId("BRM-0001");
    static final PersonId OUTSIDER = new PersonId("SRN-0002");
    static final List<String> ROLES = List.of("admin", "appraisee", "evaluator", "office-head", "province-head");
    /** The districts of the demo's province, each an office with a head and an agreement. */
    private static final List<String> DISTRICTS = List.of("MUEANG", "KHUMUEANG", "KRASANG", "NANGRONG", "NONGKI", "LAHANSAI",
            "PRAKHONCHAI", "BANKRUAT", "PHUTTHAISONG", "LAMPLAIMAT", "SATUEK", "PAKHAM", "NAPHO", "NONGHONG", "PHLAPPHLACHAI",
            "HUAIRAT", "NONSUWAN", "CHAMNI", "BANMAICHAIYAPHOT", "NONDINDAENG", "BANDAN", "KHAENDONG", "CHALOEMPHRAKIAT");

    final InMemorySystem system = new InMemorySystem();
    final ApiServer server;
    // Jetty writes a line after the answer is sent, while a test may be reading: a list safe to iterate meanwhile.
    final List<String> log = new CopyOnWriteArrayList<>();
    final Map<String, String> tokens = new LinkedHashMap<>();
    /** The account each role signs in with. */
    final Map<String, String> usernames = new LinkedHashMap<>();
    /** The appraisee's agreement (drafted unless the fixture leaves it to the test) and the outsider's. */
    AgreementId own;
    AgreementId outside;

    private ApiFixture(boolean draftOwn) {
        // the demo's "now": the round under way, results being reported
        system.clock.set(Instant.parse("2022-08-01T03:00:00Z"));
        setUpOffice();
        setUpPeople(draftOwn);
        server = new ApiServer(ServerFixture.useCases(system), ServerSettings.local(0, log::add)).start();
    }

    static ApiFixture start() {
        return new ApiFixture(true);
    }

    /** Without the appraisee's agreement: a test drafts it over HTTP. */
    static ApiFixture withoutOwnAgreement() {
        return new ApiFixture(false);
    }

    /** The demo's province office, round and rubrics, and an agreement drafted for each district's head. */
    private void setUpOffice() {
        PersonId setup = new PersonId("test-setup");
        OrgUnitId cdd = new OrgUnitId("CDD");
        OrgUnitId brm = new OrgUnitId("BRM");
        List<OrgUnit> units = new ArrayList<>(List.of(new OrgUnit(cdd, "กรมการพัฒนาชุมชน", OrgUnitKind.DEPARTMENT, Optional.empty()),
                new OrgUnit(brm, "สำนักงานพัฒนาชุมชนจังหวัดบุรีรัมย์", OrgUnitKind.PROVINCE, Optional.of(cdd))));
        List<Person> people = new ArrayList<>(List.of(
                new Person(new PersonId("CDD-0001"), "นายรอง อธิบดี", "รองอธิบดีกรมการพัฒนาชุมชน", PositionLevel.M2, cdd, Optional.empty(), false),
                new Person(PROVINCE_HEAD, "นายพัฒนา จังหวัด", "พัฒนาการจังหวัดบุรีรัมย์", PositionLevel.M1, brm,
                        Optional.of(new PersonId("CDD-0001")), false)));
        for (String d : DISTRICTS) {
            OrgUnitId district = new OrgUnitId("BRM-" + d);
            units.add(new OrgUnit(district, "สำนักงานพัฒนาชุมชนอำเภอ" + d, OrgUnitKind.DISTRICT, Optional.of(brm)));
            people.add(new Person(new PersonId(district.value() + "-01"), "หัวหน้า " + d, "พัฒนาการอำเภอ", PositionLevel.D1, district,
                    Optional.of(PROVINCE_HEAD), false));
        }
        people.add(new Person(EVALUATOR, "นายประเมิน เมือง", "นักวิชาการพัฒนาชุมชน", PositionLevel.K2, new OrgUnitId("BRM-MUEANG"),
                Optional.of(OFFICE_HEAD), false));
        system.org.importOrg(new ImportOrgCommand(ImmutableList.copyOf(units), ImmutableList.copyOf(people), setup));
        TreeText trees = new TreeText();
        system.roundService.open(new OpenRoundCommand(new RoundCodec().read(example("buriram-2565-r2-round.yaml", trees)), setup));
        system.rubrics.importRubric(new ImportRubricCommand(example("buriram-2565-r2-team.yaml", trees), setup));
        system.rubrics.importRubric(new ImportRubricCommand(example("buriram-2565-r2-individual.yaml", trees), setup));
        for (String d : DISTRICTS) {
            draft(new PersonId("BRM-" + d + "-01"), PROVINCE_HEAD);
        }
    }

    private static appraisal.domain.model.criterion.Node example(String file, TreeText trees) {
        try {
            return trees.read(Files.readString(Path.of("../examples", file), StandardCharsets.UTF_8), Syntax.YAML, file).tree();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void setUpPeople(boolean draftOwn) {
        PersonId setup = new PersonId("test-setup");
        OrgUnitId srn = new OrgUnitId("SRN");
        system.org.importOrg(new ImportOrgCommand(
                ImmutableList.of(new OrgUnit(srn, "สำนักงานพัฒนาชุมชนจังหวัดสุรินทร์", OrgUnitKind.PROVINCE, Optional.of(new OrgUnitId("CDD")))),
                ImmutableList.of(
                        new Person(APPRAISEE, "นางสาวทดสอบ ระบบงาน", "เจ้าพนักงานพัฒนาชุมชน", PositionLevel.O2, new OrgUnitId("BRM-MUEANG"),
                                Optional.of(EVALUATOR), false),
                        new Person(new PersonId("SRN-0001"), "นายสุรินทร์ หัวหน้า", "พัฒนาการจังหวัดสุรินทร์", PositionLevel.M1, srn,
                                Optional.of(new PersonId("CDD-0001")), false),
                        new Person(OUTSIDER, "นายนอก ขอบเขต", "นักวิชาการพัฒนาชุมชน", PositionLevel.K1, srn,
                                Optional.of(new PersonId("SRN-0001")), false)),
                setup));
        if (draftOwn) {
            own = draft(APPRAISEE, EVALUATOR);
        }
        outside = draft(OUTSIDER, new PersonId("SRN-0001"));
        addUser("admin", Optional.empty(), true);
        addUser("appraisee", Optional.of(APPRAISEE), false);
        addUser("evaluator", Optional.of(EVALUATOR), false);
        addUser("office-head", Optional.of(OFFICE_HEAD), false);
        addUser("province-head", Optional.of(PROVINCE_HEAD), false);
    }

    AgreementId draft(PersonId appraisee, PersonId evaluator) {
        return system.agreements.draft(new DraftAgreementCommand(new RoundId(ROUND), appraisee, evaluator, Optional.empty(), Facts.NONE,
                ImmutableList.of(ItemDraft.of("P4", Section.INDIVIDUAL, new BigDecimal("100"))), evaluator));
    }

    /** The account of a role, {@code api-<role>}, with a bearer token. */
    private void addUser(String role, Optional<PersonId> person, boolean admin) {
        String name = username(role);
        system.users.addUser(new AddUserCommand(name, PASSWORD.toCharArray(), person, admin, new PersonId("test-setup")));
        usernames.put(role, name);
        tokens.put(role, system.tokenService.issueToken(new IssueTokenCommand(name, "tests", Duration.ofDays(30),
                new Principal(name, person, admin))).secret());
    }

    static String username(String role) {
        return "api-" + role;
    }

    @Override
    public String base() {
        return "http://127.0.0.1:" + server.port();
    }

    @Override
    protected String token(String role) {
        return tokens.get(role);
    }

    /**
     * Everything the stores hold, as text, but the access bookkeeping: sessions, tokens and sign-in
     * counters (using a token or a cookie may touch them) and the audit of failed sign-ins (kept on
     * purpose, for throttling and for the record). Equal dumps mean nothing changed.
     */
    String dump() {
        StringBuilder out = new StringBuilder();
        section(out, "rounds", system.rounds.contents().values());
        section(out, "indicators", system.indicators.contents().values());
        section(out, "units", system.units.contents().values());
        section(out, "people", system.people.contents().values());
        section(out, "agreements", system.agreementStore.contents().values());
        section(out, "accounts", system.accountStore.contents().values());
        section(out, "audit", system.audit.all().stream().filter(e -> !e.type().equals("account.sign-in-failed")).toList());
        out.append("## evidence files\n").append(system.evidence.count()).append('\n');
        return out.toString();
    }

    private static void section(StringBuilder out, String name, java.util.Collection<?> rows) {
        out.append("## ").append(name).append('\n');
        rows.stream().map(String::valueOf).sorted().forEach(row -> out.append(row.replace('\n', ' ')).append('\n'));
    }

    /** The rows that differ between two dumps: {@code - } only before, {@code + } only after. */
    static List<String> changes(String before, String after) {
        List<String> b = new ArrayList<>(List.of(before.split("\n")));
        List<String> a = new ArrayList<>(List.of(after.split("\n")));
        List<String> out = new ArrayList<>();
        b.stream().filter(line -> !a.contains(line)).forEach(line -> out.add("- " + line));
        a.stream().filter(line -> !b.contains(line)).forEach(line -> out.add("+ " + line));
        return out;
    }

    @Override
    public void close() {
        server.stop();
    }
}
