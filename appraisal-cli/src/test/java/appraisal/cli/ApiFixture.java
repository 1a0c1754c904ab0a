package appraisal.cli;

import appraisal.domain.model.access.Principal;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.http.ApiCalls;
import appraisal.domain.model.criterion.Facts;
import appraisal.domain.model.indicator.Section;
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
import appraisal.http.ApiServer;
import appraisal.http.ServerSettings;
import appraisal.persistence.Store;
import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real server on a random port over a real SQLite file, wired exactly as {@code appraisal serve}
 * wires it: the demo office (made once per run by {@code appraisal demo}, copied per fixture),
 * plus a few people for the roles the tests act as, each with a bearer token.
 *
 * <p>Roles: {@code admin}; {@code appraisee} BRM-MUEANG-09; {@code evaluator} BRM-MUEANG-02 (their
 * supervisor, who heads nothing); {@code office-head} BRM-MUEANG-01 (head of the Mueang district,
 * the evaluator's supervisor and so the reviewer); {@code province-head} BRM-0001. Outside all of
 * their scopes: a second province SRN with its head SRN-0001 and staff SRN-0002.
 */
final class ApiFixture extends ApiCalls implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2022-08-01T03:00:00Z"), ZoneOffset.UTC);
    static final String ROUND = "2565-2";
    static final String PASSWORD = "correct horse battery staple";
    static final PersonId APPRAISEE = new PersonId("BRM-MUEANG-09");
    static final PersonId EVALUATOR = new PersonId("BRM-MUEANG-02");
    static final PersonId OFFICE_HEAD = new PersonId("BRM-MUEANG-01");
    static final PersonId PROVINCE_HEAD = new PersonId("BRM-0001");
    static final PersonId OUTSIDER = new PersonId("SRN-0002");
    static final List<String> ROLES = List.of("admin", "appraisee", "evaluator", "office-head", "province-head");

    private static Path template;

    final Path db;
    final Store store;
    final Application app;
    final ApiServer server;
    // Jetty writes a line after the answer is sent, while a test may be reading: a list safe to iterate meanwhile.
    final List<String> log = new CopyOnWriteArrayList<>();
    final Map<String, String> tokens = new LinkedHashMap<>();
    /** The account each role signs in with. */
    final Map<String, String> usernames = new LinkedHashMap<>();
    /** The appraisee's agreement (drafted unless the fixture leaves it to the test) and the outsider's. */
    AgreementId own;
    AgreementId outside;

    private ApiFixture(Path dir, boolean draftOwn) throws IOException {
        db = dir.resolve("api.db");
        Files.copy(demoTemplate(), db);
        store = Store.open(db.toString());
        app = Main.application(store, CLOCK);
        setUpPeople(draftOwn);
        server = new ApiServer(ServeCommand.useCases(app), ServerSettings.local(0, log::add)).start();
    }

    static ApiFixture start(Path dir) throws IOException {
        return new ApiFixture(dir, true);
    }

    /** Without the appraisee's agreement: the workflow test drafts it over HTTP. */
    static ApiFixture withoutOwnAgreement(Path dir) throws IOException {
        return new ApiFixture(dir, false);
    }

    /** The demo office, made once per test run. */
    private static synchronized Path demoTemplate() throws IOException {
        if (template == null) {
            Path dir = Files.createTempDirectory("appraisal-api-demo");
            Path file = dir.resolve("demo.db");
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            AppraisalCommand root = new AppraisalCommand(Main::open, new Input(new ByteArrayInputStream(new byte[0])), Map.of(), CLOCK);
            int code = Launch.run(root, new String[] {"demo", "--db", file.toString()}, new PrintWriter(out), new PrintWriter(err));
            if (code != 0) {
                throw new IllegalStateException("appraisal demo failed: " + err);
            }
            template = file;
            dir.toFile().deleteOnExit();
            file.toFile().deleteOnExit();
        }
        return template;
    }

    private void setUpPeople(boolean draftOwn) {
        PersonId setup = new PersonId("test-setup");
        OrgUnitId srn = new OrgUnitId("SRN");
        app.importOrg.importOrg(new ImportOrgCommand(
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
        return app.draft.draft(new DraftAgreementCommand(new RoundId(ROUND), appraisee, evaluator, Optional.empty(), Facts.NONE,
                ImmutableList.of(ItemDraft.of("P4", Section.INDIVIDUAL, new BigDecimal("100"))), evaluator));
    }

    /** The account of a role: the demo's for its people, else {@code api-<role>}. */
    private void addUser(String role, Optional<PersonId> person, boolean admin) {
        // a person has one account: the demo's, when it made one for them
        String name = app.users.users().stream().filter(u -> person.isPresent() && u.person().equals(person))
                .map(appraisal.domain.model.access.UserAccount::username).findFirst().orElseGet(() -> {
                    app.users.addUser(new AddUserCommand(username(role), PASSWORD.toCharArray(), person, admin, new PersonId("test-setup")));
                    return username(role);
                });
        usernames.put(role, name);
        tokens.put(role, app.tokens.issueToken(new IssueTokenCommand(name, "tests", Duration.ofDays(30),
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
     * Every row of every table as text, but the access bookkeeping: sessions, tokens and sign-in
     * counters (using a token or a cookie may touch them), the audit of failed sign-ins (kept on
     * purpose, for throttling and for the record) and SQLite's id counters. Equal dumps mean
     * nothing changed.
     */
    String dump() {
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet t = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (t.next()) {
                    tables.add(t.getString(1));
                }
            }
            for (String table : tables) {
                if (table.matches("(?i).*(session|token|sign_in|attempt).*|sqlite_sequence")) {
                    continue;
                }
                out.append("## ").append(table).append('\n');
                try (ResultSet r = s.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    int n = r.getMetaData().getColumnCount();
                    List<String> rows = new ArrayList<>();
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            row.append(r.getString(i)).append('|');
                        }
                        if (!row.toString().contains("|account.sign-in-failed|")) {
                            rows.add(row.toString());
                        }
                    }
                    Collections.sort(rows);
                    rows.forEach(row -> out.append(row).append('\n'));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
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
    public void close() throws Exception {
        server.stop();
        store.close();
    }
}
