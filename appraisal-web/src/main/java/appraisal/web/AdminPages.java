package appraisal.web;

import appraisal.domain.model.access.IssuedToken;
import appraisal.domain.model.access.TokenInfo;
import appraisal.domain.model.access.UserAccount;
import appraisal.domain.model.org.OrgUnit;
import appraisal.domain.model.org.Person;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.in.access.AddUserCommand;
import appraisal.domain.port.in.access.IssueTokenCommand;
import appraisal.domain.port.in.org.ImportOrgCommand;
import appraisal.domain.port.in.org.OrgImport;
import appraisal.domain.port.in.round.OpenRoundCommand;
import appraisal.domain.port.in.rubric.ImportRubricCommand;
import appraisal.domain.port.in.rubric.RubricImport;
import appraisal.http.Access;
import appraisal.http.Call;
import appraisal.http.Route;
import appraisal.interchange.OrgCsv;
import appraisal.interchange.ParsedTree;
import appraisal.interchange.TextBytes;
import appraisal.interchange.TreeText;
import com.google.common.collect.ImmutableList;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The account page (my bearer tokens: issue, see, revoke) and the administrator's page: open a round
 * and import a rubric from interchange files (the same codecs as the command line and the API),
 * import org units and people from CSV files (the command line's one reading, {@link OrgCsv}), add
 * user accounts, and see every user. A new token's secret is shown once, on the page that made it.
 */
final class AdminPages {

    private final WebUseCases.Admin uses;
    private final Templates templates;
    private final TreeText trees = new TreeText();

    AdminPages(WebUseCases.Admin uses, Templates templates) {
        this.uses = uses;
        this.templates = templates;
    }

    void declare(List<Route> routes) {
        routes.add(new Route("GET", "/account", Access.SIGNED_IN, call -> account(call, "")));
        routes.add(new Route("POST", "/account/tokens", Access.SIGNED_IN, this::issueToken));
        routes.add(new Route("POST", "/account/tokens/{id}/revocation", Access.SIGNED_IN, this::revokeToken));
        routes.add(new Route("GET", "/admin", Access.ADMIN, call -> admin(call, "")));
        routes.add(new Route("POST", "/admin/rounds", Access.ADMIN, this::openRound));
        routes.add(new Route("POST", "/admin/rubrics", Access.ADMIN, this::importRubric));
        routes.add(new Route("POST", "/admin/users", Access.ADMIN, this::addUser));
        routes.add(new Route("POST", "/admin/units", Access.ADMIN, this::importUnits));
        routes.add(new Route("POST", "/admin/people", Access.ADMIN, this::importPeople));
    }

    private void account(Call call, String secret) {
        Screen s = new Screen(call, templates);
        List<TokenInfo> tokens = uses.tokens().tokens(call.principal().username(), call.principal());
        s.page("account.jte", Screen.params("frame", s.frame("บัญชีและโทเค็น", "account"), "tokens", tokens, "secret", secret,
                "text", s.text));
    }

    private void issueToken(Call call) {
        Screen s = new Screen(call, templates);
        int days = number(s.field("days").orElse("30"), "days");
        IssuedToken issued = uses.tokens().issueToken(new IssueTokenCommand(call.principal().username(),
                s.required("label", "what the token is for"), Duration.ofDays(days), call.principal()));
        account(call, issued.secret());
    }

    private void revokeToken(Call call) {
        uses.tokens().revokeToken(call.path("id"), call.principal());
        new Screen(call, templates).seeOther("/account?done=saved");
    }

    private void admin(Call call, String result) {
        Screen s = new Screen(call, templates);
        List<UserAccount> users = uses.users().users();
        List<Round> rounds = uses.rounds().rounds();
        s.page("admin.jte", Screen.params("frame", s.frame("ผู้ดูแลระบบ", "admin"), "users", users, "rounds",
                rounds.stream().map(r -> r.id().value() + " — " + s.text.date(r.start()) + " ถึง " + s.text.date(r.end()))
                        .collect(Collectors.toList()), "result", result));
    }

    private void openRound(Call call) throws IOException {
        ParsedTree parsed = upload(call, "round");
        Round round = uses.roundCodec().read(parsed.tree());
        uses.openRound().open(new OpenRoundCommand(round, call.principal().actor()));
        admin(call, "เปิดรอบ " + round.id().value() + " แล้ว");
    }

    private void importRubric(Call call) throws IOException {
        ParsedTree parsed = upload(call, "rubric");
        RubricImport imported = uses.importRubric().importRubric(new ImportRubricCommand(parsed.tree(), call.principal().actor()));
        admin(call, "นำเข้าตัวชี้วัดแล้ว: บันทึก " + imported.stored().size() + " ตัว, ฉบับใหม่ " + imported.newVersions().size() + " ตัว");
    }

    private void addUser(Call call) {
        Screen s = new Screen(call, templates);
        char[] password = s.required("password", "the new account's password").toCharArray();
        UserAccount added = uses.users().addUser(new AddUserCommand(s.required("username", "the user name"), password,
                s.field("person").map(PersonId::new), s.field("admin").isPresent(), call.principal().actor()));
        admin(call, "เพิ่มผู้ใช้ " + added.username() + " แล้ว");
    }

    /** Org units from the uploaded CSV file, read as the command line's {@code org import} reads it: all rows or none. */
    private void importUnits(Call call) throws IOException {
        Screen s = new Screen(call, templates);
        Csv file = csv(call, "units");
        OrgCsv.Rows<OrgUnit> units = OrgCsv.units(file.text(), file.name());
        OrgImport done = importing(new ImportOrgCommand(units.values(), ImmutableList.of(), call.principal().actor()), units);
        admin(call, "นำเข้าหน่วยงานจาก " + file.name() + " แล้ว: เพิ่ม " + s.text.number(done.unitsAdded()) + " หน่วยงาน, ปรับปรุง "
                + s.text.number(done.unitsUpdated()) + " หน่วยงาน");
    }

    /** People from the uploaded CSV file, read as {@code person import} reads it: all rows or none. */
    private void importPeople(Call call) throws IOException {
        Screen s = new Screen(call, templates);
        Csv file = csv(call, "people");
        OrgCsv.Rows<Person> people = OrgCsv.people(file.text(), file.name());
        OrgImport done = importing(new ImportOrgCommand(ImmutableList.of(), people.values(), call.principal().actor()), people);
        admin(call, "นำเข้าบุคลากรจาก " + file.name() + " แล้ว: เพิ่ม " + s.text.number(done.peopleAdded()) + " คน, ปรับปรุง "
                + s.text.number(done.peopleUpdated()) + " คน");
    }

    /** The import's refusal of an entry points at the CSV line the entry came from. */
    private OrgImport importing(ImportOrgCommand command, OrgCsv.Rows<?> rows) {
        try {
            return uses.importOrg().importOrg(command);
        } catch (DomainException e) {
            throw rows.locate(e);
        }
    }

    private record Csv(String name, String text) {
    }

    private static Csv csv(Call call, String field) throws IOException {
        UploadedFile file = Optional.ofNullable(call.context().uploadedFile(field)).orElseThrow(() ->
                DomainException.invalid("web.csv-required", "choose a CSV file for '" + field + "'", field));
        try (InputStream in = file.content()) {
            return new Csv(file.filename(), TextBytes.decode(in.readAllBytes(), file.filename()));
        }
    }

    /** An uploaded interchange file (YAML, or JSON by its name), read by the one text mapping. */
    private ParsedTree upload(Call call, String field) throws IOException {
        return Upload.tree(call, trees, field, "a file");
    }

    private static int number(String text, String field) {
        try {
            return Integer.parseInt(appraisal.domain.model.thai.ThaiDigits.toArabic(text).strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalid("web.not-a-whole-number", "'" + text + "' is not a whole number", field);
        }
    }
}
