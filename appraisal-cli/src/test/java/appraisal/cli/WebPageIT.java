package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.http.ApiServer;
import appraisal.http.ServerSettings;
import appraisal.persistence.Store;
import appraisal.web.WebPages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page in a real browser (Debian's headless Chromium through its chromedriver) against a
 * real server on a random port over the demo office on a SQLite file, signed in with the demo
 * accounts the README names. First the demo's round 2565-2: the district head derives their staff
 * member's agreement from their own and both sign; the staff member reports every item (seeing the
 * level computed as they type, attaching a file) and submits; the head evaluates with an override,
 * which needs a reason; the province's dashboard shows the change; the staff member acknowledges, the
 * head's supervisor (the province) records an opinion and closes, each status shown on the page. The
 * administrator imports units and people from CSV files and sees a bad file refused with its line,
 * the store unchanged. Also: a form post without the CSRF token is refused, someone else's agreement
 * is not there by URL, and no second agreement is made for a person (refused in Thai when forced).
 *
 * <p>Then the source's case from the start of a new round, 2566-1, every role on its own page: the
 * administrator opens the round; the province head reads the team indicators of the rubric file as a
 * template, edits it and broadcasts it to the district offices; a district head finds the draft in
 * their queue, adjusts a target and the weights (signing refused while they do not sum to 100) and
 * both sign; the head derives to two staff (the domain balancing the weights) and links an item; the
 * staff member signs, reports and submits; the head evaluates on the five core competencies and
 * records the refusal to acknowledge before a witness chosen by name; the province head evaluates the
 * district head on the core and management competencies and answers a judgement; the district head
 * acknowledges; the department's deputy, from their queue, reviews and closes; an appraisee posting a
 * close or a reopening of their own agreement is refused on the page naming the act; a district head
 * left out of the broadcast copies last round's agreement. At the end, nothing on any page of the walk
 * nor on the API's documentation page was refused by the security policy (no inline script or style).
 * Screenshots go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageIT {

    private static final String PASSWORD = "demo-2565-pass";
    private static final Path SHOTS = Path.of("target", "screenshots");
    /** The source's team indicators, as the province reads them for its template. */
    private static final Path TEAM_RUBRIC = Path.of("..", "examples", "buriram-2565-r2-team.yaml");

    private static Path dir;
    private static Store store;
    private static ApiServer server;
    private static WebDriver browser;
    private static final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private static String agreement;
    private static Application app;

    @BeforeAll
    static void start() throws IOException {
        dir = Files.createTempDirectory("appraisal-web-it");
        Path db = dir.resolve("demo.db");
        StringWriter err = new StringWriter();
        AppraisalCommand root = new AppraisalCommand(Main::open, new Input(new ByteArrayInputStream(new byte[0])), Map.of(),
                Clock.systemUTC());
        int code = Launch.run(root, new String[] {"demo", "--db", db.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as("appraisal demo: %s", err).isZero();
        store = Store.open(db.toString());
        app = Main.application(store, Clock.systemUTC());
        server = WebPages.server(ServeCommand.webUseCases(app), ServerSettings.local(0, log::add)).start();
        Files.createDirectories(SHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + dir.resolve("chromium-profile"), "--window-size=1280,900", "--lang=th");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort().build();
        // The console is kept so the walk can be held to the security policy (no page breaks it).
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    @Order(1)
    void theHeadDerivesTheStaffMembersAgreementFromTheirOwnAndSignsIt() throws IOException {
        signIn("lamplaimat.head");
        open("/team?round=2565-2");
        WebElement row = browser.findElement(By.cssSelector("table.derive tr[data-person='BRM-LAMPLAIMAT-02']"));
        for (WebElement box : row.findElements(By.cssSelector("input[type=checkbox]"))) {
            box.click();
        }
        browser.findElement(By.id("derive-submit")).click();
        see("ถ่ายทอดตัวชี้วัดแล้ว", "ร่างข้อตกลงใหม่ 1 ฉบับ", "นางสาวกาญจนา ชัยมงคล", "ร่างใหม่");
        browser.findElement(By.cssSelector("#derived a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/agreements/AG-"));
        agreement = browser.getCurrentUrl().replaceAll(".*/agreements/(AG-\\d+).*", "$1");
        see("ข้อตกลง " + agreement, "นางสาวกาญจนา ชัยมงคล", "ถ่ายทอดจากข้อตกลง AG-10");
        browser.findElement(By.id("sign")).click();
        see("ลงนามแล้ว");
        signOut();
    }

    @Test
    @Order(2)
    void theStaffMemberSignsReportsEveryItemSeesTheLevelAsTheyTypeAndSubmits() throws IOException {
        signIn("lamplaimat.staff");
        assertThat(text()).contains(agreement);
        browser.findElement(By.linkText(agreement)).click();
        see("ข้อตกลง " + agreement, "ลงนามในข้อตกลง");
        browser.findElement(By.id("sign")).click();
        see("ลงนามแล้ว", "ลงนามข้อตกลงแล้ว");

        // on an item measured by one number, the level moves as the number is typed (asked of the server's scorer)
        WebElement card = browser.findElements(By.cssSelector("article.item")).stream()
                .filter(c -> c.findElements(By.cssSelector("[data-fact]")).size() == 1
                        && c.findElements(By.cssSelector("input[data-fact][inputmode=decimal]")).size() == 1)
                .findFirst().orElseThrow();
        WebElement number = card.findElement(By.cssSelector("input[data-fact]"));
        WebElement level = card.findElement(By.cssSelector("output.level"));
        String before = level.getText();
        number.clear();
        number.sendKeys("100");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !level.getText().equals(before));
        assertThat(level.getText()).isEqualTo("5");
        number.clear();
        number.sendKeys("1");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !level.getText().equals("5"));
        assertThat(Integer.parseInt(level.getText())).isLessThan(5);

        typeEveryFact("input[type=date]", "2022-09-01");
        Path evidence = dir.resolve("รายงานผล.pdf");
        Files.write(evidence, "%PDF-1.4\n% evidence of the result\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(evidence.toAbsolutePath().toString());
        shot("agreement-typing-desktop");
        browser.findElement(By.id("save-results")).click();
        see("บันทึกผลการดำเนินงานแล้ว", "รายงานผล.pdf", "SHA-256");
        browser.findElement(By.id("submit-self-assessment")).click();
        see("ส่งการประเมินตนเองแล้ว", "ประเมินตนเองแล้ว");
        phone(() -> shot("agreement-phone"));
        signOut();
    }

    @Test
    @Order(3)
    void theEvaluatorOverridesALevelOnlyWithAReason() throws IOException {
        signIn("lamplaimat.head");
        open("/agreements/" + agreement);
        WebElement override = browser.findElement(By.cssSelector("select.override-level"));
        new Select(override).selectByValue("5");
        for (WebElement competency : browser.findElements(By.cssSelector("input[name^='k.']"))) {
            competency.clear();
            competency.sendKeys("4");
        }
        browser.findElement(By.id("save-evaluation")).click();
        see("ทำรายการไม่สำเร็จ", "agreement.override-needs-reason");
        shot("refusal-override-without-reason");

        open("/agreements/" + agreement);
        new Select(browser.findElement(By.cssSelector("select.override-level"))).selectByValue("5");
        String item = browser.findElement(By.cssSelector("select.override-level")).getAttribute("name").substring(2);
        browser.findElement(By.name("r." + item)).sendKeys("ผลงานเกินเป้าหมายตามหลักฐานที่แนบ");
        for (WebElement competency : browser.findElements(By.cssSelector("input[name^='k.']"))) {
            competency.clear();
            competency.sendKeys("4");
        }
        browser.findElement(By.id("save-evaluation")).click();
        see("บันทึกผลการประเมินแล้ว", "ประเมินแล้ว", "ผู้ประเมินปรับเป็นระดับ 5: ผลงานเกินเป้าหมายตามหลักฐานที่แนบ");
        shot("agreement-evaluated-desktop");
        signOut();
    }

    @Test
    @Order(4)
    void theProvinceDashboardShowsTheEvaluation() throws IOException {
        signIn("buriram.head");
        open("/dashboard?office=BRM-LAMPLAIMAT");
        WebElement people = browser.findElement(By.id("people"));
        WebElement row = people.findElement(By.xpath(".//tr[td/a[text()='" + agreement + "']]"));
        assertThat(row.getText()).contains("นางสาวกาญจนา ชัยมงคล", "ประเมินแล้ว");
        assertThat(browser.findElements(By.cssSelector(".chart rect.bar"))).isNotEmpty();
        shot("dashboard-desktop");
        phone(() -> shot("dashboard-phone"));
        row = browser.findElement(By.id("people")).findElement(By.xpath(".//tr[td/a[text()='" + agreement + "']]"));
        row.findElement(By.linkText(agreement)).click();
        see("ผู้ประเมินปรับเป็นระดับ 5");
        open("/agreements/" + agreement + "/print/summary");
        assertThat(text()).contains("แบบสรุปผลการประเมินผลการปฏิบัติราชการ".substring(0, 10));
        shot("summary-print");
        signOut();
    }

    @Test
    @Order(5)
    void theStaffMemberAcknowledgesTheEvaluation() throws IOException {
        signIn("lamplaimat.staff");
        open("/agreements/" + agreement);
        assertThat(status()).isEqualTo("ประเมินแล้ว");
        assertThat(browser.findElements(By.id("review"))).as("the appraisee gives no reviewer's opinion").isEmpty();
        browser.findElement(By.id("acknowledge")).click();
        see("รับทราบผลการประเมินแล้ว");
        assertThat(status()).isEqualTo("รับทราบผลแล้ว");
        assertThat(browser.findElements(By.id("acknowledge"))).isEmpty();
        signOut();
    }

    @Test
    @Order(6)
    void theEvaluatorsSupervisorRecordsAnOpinionAndClosesTheAgreement() throws IOException {
        signIn("lamplaimat.head");
        open("/agreements/" + agreement);
        assertThat(browser.findElements(By.id("review"))).as("the evaluator does not review their own evaluation").isEmpty();
        signOut();

        signIn("buriram.head");
        open("/agreements/" + agreement);
        assertThat(status()).isEqualTo("รับทราบผลแล้ว");
        assertThat(browser.findElements(By.id("close"))).as("no closing before the reviewer's opinion").isEmpty();
        browser.findElement(By.name("opinion")).sendKeys("เห็นด้วยกับผลการประเมิน ผลงานโดดเด่นด้านการส่งเสริมอาชีพ");
        browser.findElement(By.id("review")).click();
        see("บันทึกความเห็นผู้บังคับบัญชาเหนือขึ้นไปแล้ว");
        assertThat(status()).isEqualTo("ผู้บังคับบัญชาเหนือขึ้นไปให้ความเห็นแล้ว");
        shot("agreement-reviewed");
        browser.findElement(By.id("close")).click();
        see("ปิดข้อตกลงแล้ว");
        assertThat(status()).isEqualTo("ปิดการประเมินแล้ว");
        assertThat(browser.findElements(By.cssSelector("#acknowledge, #review, #close, #save-evaluation, #save-results"))).isEmpty();
        shot("agreement-closed");
        open("/agreements/" + agreement + "/print/summary");
        assertThat(text()).contains("เห็นด้วยกับผลการประเมิน ผลงานโดดเด่นด้านการส่งเสริมอาชีพ");
        shot("summary-print-closed");
        open("/dashboard?office=BRM-LAMPLAIMAT");
        WebElement row = browser.findElement(By.id("people")).findElement(By.xpath(".//tr[td/a[text()='" + agreement + "']]"));
        assertThat(row.getText()).contains("ปิดการประเมินแล้ว");
        signOut();
    }

    @Test
    @Order(7)
    void aFormPostWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws IOException {
        signIn("lamplaimat.head");
        open("/team?round=2565-2");
        String before = text();
        ((JavascriptExecutor) browser).executeScript("var f = document.createElement('form'); f.method = 'post';"
                + "f.action = '/team/derivations'; var add = function (n, v) { var i = document.createElement('input'); i.name = n;"
                + "i.value = v; f.appendChild(i); }; add('parent', 'AG-10'); add('person', 'BRM-LAMPLAIMAT-03');"
                + "add('carry.BRM-LAMPLAIMAT-03', 'T1'); document.body.appendChild(f); f.submit();");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getPageSource().contains("auth.csrf-missing"));
        assertThat(text()).contains("ทำรายการไม่สำเร็จ");
        open("/team?round=2565-2");
        assertThat(text()).isEqualTo(before);
        signOut();
    }

    @Test
    @Order(8)
    void someoneElsesAgreementIsNotThereByUrl() throws IOException {
        signIn("lamplaimat.staff");
        open("/agreements/AG-1");
        assertThat(text()).contains("agreement.not-found").doesNotContain("BRM-MUEANG-01");
        open("/agreements/AG-1/print/agreement");
        assertThat(text()).contains("agreement.not-found");
        open("/agreements/AG-9999");
        assertThat(text()).contains("agreement.not-found");
        signOut();
    }

    @Test
    @Order(9)
    void theAdministratorImportsUnitsAndPeopleFromCsvAndABadFileChangesNothing() throws IOException {
        signIn("admin");
        open("/admin");
        see("นำเข้าหน่วยงานและบุคลากร (CSV)", "code,name,kind,parent", "id,name,position,level,unit,supervisor,probation");
        Path units = csv("units.csv", "code,name,kind,parent",
                "BRM-LAMPLAIMAT,สำนักงานพัฒนาชุมชนอำเภอลำปลายมาศ,district,BRM",
                "BRM-LAMPLAIMAT-WG,กลุ่มงานส่งเสริมเศรษฐกิจชุมชนลำปลายมาศ,work-group,BRM-LAMPLAIMAT");
        browser.findElement(By.name("units")).sendKeys(units.toAbsolutePath().toString());
        browser.findElement(By.id("import-units")).click();
        see("นำเข้าหน่วยงานจาก units.csv แล้ว: เพิ่ม 1 หน่วยงาน, ปรับปรุง 1 หน่วยงาน");

        Path people = csv("people.csv", "id,name,position,level,unit,supervisor,probation",
                "BRM-LAMPLAIMAT-WG-01,นายสมชาย ใจดี,นักวิชาการพัฒนาชุมชนชำนาญการ,K2,BRM-LAMPLAIMAT-WG,BRM-LAMPLAIMAT-01,no",
                "BRM-LAMPLAIMAT-WG-02,นางสาวสมศรี รักงาน,นักวิชาการพัฒนาชุมชน,K1,BRM-LAMPLAIMAT-WG,BRM-LAMPLAIMAT-WG-01,yes");
        browser.findElement(By.name("people")).sendKeys(people.toAbsolutePath().toString());
        browser.findElement(By.id("import-people")).click();
        see("นำเข้าบุคลากรจาก people.csv แล้ว: เพิ่ม 2 คน, ปรับปรุง 0 คน");
        shot("admin-imported");
        assertThat(app.org.peopleIn(new appraisal.domain.model.org.OrgUnitId("BRM-LAMPLAIMAT-WG"))).hasSize(2);

        // a file the import refuses at its third line: nothing of it is stored, not even its good second line
        int before = app.org.people().size();
        Path bad = csv("people-bad.csv", "id,name,position,level,unit,supervisor,probation",
                "BRM-LAMPLAIMAT-WG-03,นายสาม ตั้งใจ,เจ้าพนักงานธุรการ,O2,BRM-LAMPLAIMAT-WG,BRM-LAMPLAIMAT-WG-01,no",
                "BRM-LAMPLAIMAT-WG-04,นางสี่ ขยัน,เจ้าพนักงานธุรการ,O2,BRM-NOWHERE,BRM-LAMPLAIMAT-WG-01,no");
        open("/admin");
        browser.findElement(By.name("people")).sendKeys(bad.toAbsolutePath().toString());
        browser.findElement(By.id("import-people")).click();
        see("ทำรายการไม่สำเร็จ", "ไฟล์ people-bad.csv บรรทัดที่ 3", "person.unknown-unit", "ไม่พบหน่วยงานของบุคคล");
        shot("admin-refused-people");
        assertThat(app.org.people()).hasSize(before);
        assertThat(app.org.people()).noneMatch(p -> p.id().value().equals("BRM-LAMPLAIMAT-WG-03"));

        // a value the reading refuses before the import: the line and the column
        Path badUnits = csv("units-bad.csv", "code,name,kind,parent", "BRM-X,หน่วยงานทดลอง,ministry,BRM");
        open("/admin");
        browser.findElement(By.name("units")).sendKeys(badUnits.toAbsolutePath().toString());
        browser.findElement(By.id("import-units")).click();
        see("ทำรายการไม่สำเร็จ", "ไฟล์ units-bad.csv บรรทัดที่ 2", "csv.invalid", "ไฟล์ CSV มีข้อมูลไม่ถูกต้อง",
                "kind 'ministry' is not one of department, province, district, work-group");
        assertThat(app.org.units()).noneMatch(u -> u.id().value().equals("BRM-X"));
        signOut();
    }

    @Test
    @Order(10)
    void theTeamPageOffersNoSecondAgreementForSomeoneWhoHasOneAndAForcedCopyIsRefusedInThai() throws IOException {
        appraisal.domain.model.round.RoundId round = new appraisal.domain.model.round.RoundId("2565-2");
        appraisal.domain.model.org.PersonId staff = new appraisal.domain.model.org.PersonId("BRM-LAMPLAIMAT-02");
        signIn("lamplaimat.head");
        open("/team?round=2565-2");
        assertThat(browser.findElements(By.cssSelector("ul.people li[data-person='BRM-LAMPLAIMAT-02']")))
                .as("listed among those without an agreement only while they have none").isEmpty();
        assertThat(browser.findElement(By.cssSelector("table.derive tr[data-person='BRM-LAMPLAIMAT-02']")).getText()).contains(agreement);

        // a crafted post, with the page's token: last round's agreement copied for the one who has one in the round
        postForm("/agreements/copies", Map.of("person", "BRM-LAMPLAIMAT-02", "round", "2565-2"));
        see("ทำรายการไม่สำเร็จ", "ผู้รับการประเมินมีข้อตกลงในรอบนี้แล้ว", "agreement.already-exists");
        shot("refusal-second-agreement");

        assertThat(text()).contains("BRM-LAMPLAIMAT-02 already has agreement " + agreement);
        assertThat(app.agreements.ofAppraisee(round, staff)).extracting(a -> a.id().value()).containsExactly(agreement);
        signOut();
    }

    // ---------------------------------------------------------------- a round from its start: the source's case, every role

    private static final String NEXT_ROUND = "2566-1";
    private static String district;
    private static String staffAgreement;

    @Test
    @Order(11)
    void theAdministratorOpensTheNextRoundFromARoundFile() throws IOException {
        signIn("admin");
        open("/admin");
        Path round = csv("round-2566-1.yaml", "fiscal_year: 2566", "round: 1", "deadlines:",
                "- kind: agreement", "  due: 2022-11-30", "  label: บันทึกตัวชี้วัดและค่าเป้าหมาย ณ ต้นรอบ",
                "- kind: self-assessment", "  due: 2023-03-15", "  label: บันทึกผลการปฏิบัติราชการ ณ ปลายรอบ",
                "- kind: evaluation", "  due: 2023-03-31", "  label: ประเมินผลการปฏิบัติราชการ ณ ปลายรอบ");
        browser.findElement(By.name("round")).sendKeys(round.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form[action='/admin/rounds'] button")).click();
        see("2566-1");
        signOut();
    }

    @Test
    @Order(12)
    void theProvinceHeadReadsTheTeamIndicatorsAsTheTemplateEditsThemAndBroadcastsToTheDistricts() throws IOException {
        signIn("buriram.head");
        readTheTeamRubric();
        assertThat(browser.findElements(By.cssSelector("#template-rows tbody tr"))).hasSize(8);
        assertThat(browser.findElement(By.id("template-total")).getText()).isEqualTo("100.00");
        WebElement t7 = browser.findElement(By.cssSelector("tr[data-code=T7] input[data-weight]"));
        t7.clear();
        t7.sendKeys("สิบ");
        assertThat(browser.findElement(By.id("template-total")).getText()).isEqualTo("—");
        browser.findElement(By.id("update-template")).click();
        see("ทำรายการไม่สำเร็จ", "web.not-a-number", "ช่องที่ต้องแก้ไข: น้ำหนักในแม่แบบ แถวที่ 7");

        // T8 out, T7 from 10 to 20: the sum follows as it is typed, and the template as updated
        readTheTeamRubric();
        browser.findElement(By.cssSelector("tr[data-code=T8] input[type=checkbox]")).click();
        assertThat(browser.findElement(By.id("template-total")).getText()).isEqualTo("90.00");
        t7 = browser.findElement(By.cssSelector("tr[data-code=T7] input[data-weight]"));
        t7.clear();
        t7.sendKeys("20");
        assertThat(browser.findElement(By.id("template-total")).getText()).isEqualTo("100.00");
        browser.findElement(By.id("update-template")).click();
        see("แม่แบบตัวชี้วัดที่จะถ่ายทอด");
        assertThat(browser.findElements(By.cssSelector("#template-rows tbody tr"))).extracting(r -> r.getAttribute("data-code"))
                .containsExactly("T1", "T2", "T3", "T4", "T5", "T6", "T7");
        assertThat(browser.findElement(By.id("template-total")).getText()).isEqualTo("100.00");
        // Nang Rong is left out: its head will start from last round's agreement instead
        browser.findElement(By.cssSelector("input[name=office][value='BRM-NANGRONG']")).click();
        shot("broadcast-template", By.tagName("h1"));
        browser.findElement(By.id("broadcast")).click();
        see("ถ่ายทอดตัวชี้วัดแล้ว", "ร่างข้อตกลงใหม่ 22 ฉบับ", "สำนักงานพัฒนาชุมชนอำเภอลำปลายมาศ");
        assertThat(text()).doesNotContain("อำเภอนางรอง");
        WebElement lamPlaiMat = browser.findElement(By.xpath("//table[@id='broadcasted']//tr[td[contains(., 'ลำปลายมาศ')]]"));
        district = lamPlaiMat.findElement(By.tagName("a")).getText();
        assertThat(lamPlaiMat.getText()).contains("ร่างใหม่");
        shot("broadcast-result");
        signOut();
    }

    @Test
    @Order(13)
    void theDistrictHeadFindsTheDraftInTheQueueAdjustsATargetAndWeightsAndSigns() throws IOException {
        signIn("lamplaimat.head");
        open("/tasks");
        WebElement queue = browser.findElement(By.id("queue-sign"));
        assertThat(queue.getText()).contains("รอลงนามในข้อตกลง", district);
        queue.findElement(By.linkText(district)).click();
        see("ข้อตกลง " + district, "แก้ไขร่างข้อตกลง", "ร่าง");

        // a local target: level 3 of T1 from 90 to 85, with the reason
        WebElement t1 = browser.findElement(By.id("item-T1"));
        t1.findElement(By.cssSelector("details.targets summary")).click();
        WebElement level3 = t1.findElement(By.name("t.3.0"));
        assertThat(level3.getAttribute("value")).isEqualTo("90");
        level3.clear();
        level3.sendKeys("85");
        t1.findElement(By.cssSelector("details.targets input[name=reason]")).sendKeys("อำเภอได้รับจัดสรรงบประมาณล่าช้า");
        shot("draft-targets", By.id("item-T1"));
        t1.findElement(By.cssSelector("button.save-targets")).click();
        see("แก้ไขร่างข้อตกลงแล้ว", "ค่าเป้าหมายปรับเฉพาะข้อตกลงนี้", "อำเภอได้รับจัดสรรงบประมาณล่าช้า");
        assertThat(browser.findElement(By.id("item-T1")).findElement(By.name("t.3.0")).getAttribute("value")).isEqualTo("85");

        // weights that no longer sum to 100 are saved, but signing is refused, in Thai
        WebElement t7 = browser.findElement(By.name("w.T7"));
        t7.clear();
        t7.sendKeys("15");
        assertThat(browser.findElement(By.id("weight-total")).getText()).isEqualTo("95.00");
        browser.findElement(By.id("save-weights")).click();
        see("แก้ไขร่างข้อตกลงแล้ว", "ต้องเท่ากับ ๑๐๐ จึงลงนามได้");
        shot("draft-editor", By.id("editor"));
        browser.findElement(By.id("sign")).click();
        see("ทำรายการไม่สำเร็จ", "น้ำหนักรวมของตัวชี้วัดต้องเท่ากับร้อยละ 100", "agreement.weights-not-100");
        open("/agreements/" + district);
        t7 = browser.findElement(By.name("w.T7"));
        t7.clear();
        t7.sendKeys("20");
        browser.findElement(By.id("save-weights")).click();
        see("แก้ไขร่างข้อตกลงแล้ว");
        assertThat(browser.findElement(By.id("weight-total")).getText()).isEqualTo("100.00");
        browser.findElement(By.id("sign")).click();
        see("ลงนามแล้ว");
        signOut();

        signIn("buriram.head");
        open("/tasks");
        browser.findElement(By.id("queue-sign")).findElement(By.linkText(district)).click();
        see("ข้อตกลง " + district);
        browser.findElement(By.id("sign")).click();
        see("ลงนามแล้ว", "ลงนามข้อตกลงแล้ว");
        signOut();
    }

    @Test
    @Order(14)
    void theDistrictHeadDerivesToTwoStaffWhoseWeightsTheDomainBalancesAndLinksAnItem() throws IOException {
        signIn("lamplaimat.head");
        open("/team?round=" + NEXT_ROUND);
        see("ถ่ายทอดตัวชี้วัดจากข้อตกลงของฉันให้ผู้ใต้บังคับบัญชา", district);
        assertThat(browser.findElements(By.id("to-cascade"))).as("a district has no offices under it to broadcast to").isEmpty();
        for (String item : List.of("T1", "T2", "T3")) {
            browser.findElement(By.cssSelector("tr[data-person='BRM-LAMPLAIMAT-02'] input[value='" + item + "']")).click();
        }
        for (String item : List.of("T4", "T5")) {
            browser.findElement(By.cssSelector("tr[data-person='BRM-LAMPLAIMAT-03'] input[value='" + item + "']")).click();
        }
        shot("derive-form", By.id("derive"));
        browser.findElement(By.id("derive-submit")).click();
        // shares of the head's weights 15, 15, 10 and 15, 10: balanced to 100 by the domain
        see("ร่างข้อตกลงใหม่ 2 ฉบับ", "T1 37.50 · T2 37.50 · T3 25.00", "T4 60.00 · T5 40.00");
        shot("derive-result");
        WebElement row = browser.findElement(By.xpath("//table[@id='derived']//tr[td[contains(., 'นางสาวกาญจนา ชัยมงคล')]]"));
        staffAgreement = row.findElement(By.tagName("a")).getText();
        row.findElement(By.tagName("a")).click();
        see("ข้อตกลง " + staffAgreement, "ถ่ายทอดจากข้อตกลง " + district + " ตัวชี้วัด T2");

        // T2 is linked to the head's T2; the head links it to their T6 instead
        WebElement t2 = browser.findElement(By.id("item-T2"));
        new Select(t2.findElement(By.cssSelector("form.link-item select"))).selectByValue(district + "/T6");
        t2.findElement(By.cssSelector("form.link-item button")).click();
        see("แก้ไขร่างข้อตกลงแล้ว", "ถ่ายทอดจากข้อตกลง " + district + " ตัวชี้วัด T6");
        browser.findElement(By.id("sign")).click();
        see("ลงนามแล้ว");
        signOut();
    }

    @Test
    @Order(15)
    void theStaffMemberSignsReportsAndSubmits() throws IOException {
        signIn("lamplaimat.staff");
        open("/tasks");
        browser.findElement(By.id("queue-sign")).findElement(By.linkText(staffAgreement)).click();
        browser.findElement(By.id("sign")).click();
        see("ลงนามแล้ว", "ลงนามข้อตกลงแล้ว");
        reportEverything();
        browser.findElement(By.id("submit-self-assessment")).click();
        see("ส่งการประเมินตนเองแล้ว", "ประเมินตนเองแล้ว");
        signOut();
    }

    @Test
    @Order(16)
    void theDistrictHeadEvaluatesTheStaffMemberOnTheCoreCompetenciesAndRecordsTheirRefusalBeforeAWitnessChosenByName()
            throws IOException {
        signIn("lamplaimat.head");
        open("/tasks");
        browser.findElement(By.id("queue-evaluate")).findElement(By.linkText(staffAgreement)).click();
        assertThat(browser.findElements(By.cssSelector("input[data-competency]"))).as("a K-level position: the five core competencies")
                .extracting(e -> e.getAttribute("data-competency"))
                .containsExactly("core.achievement", "core.service", "core.expertise", "core.integrity", "core.teamwork");
        for (WebElement competency : browser.findElements(By.cssSelector("input[data-competency]"))) {
            competency.clear();
            competency.sendKeys("2");
        }
        browser.findElement(By.id("save-evaluation")).click();
        see("บันทึกผลการประเมินแล้ว", "ประเมินแล้ว");

        // the staff member will not sign: the head records it before a witness, chosen by name
        String witness = app.org.person(new appraisal.domain.model.org.PersonId("BRM-LAMPLAIMAT-03")).name();
        Select witnesses = new Select(browser.findElement(By.name("witness")));
        assertThat(witnesses.getOptions()).extracting(WebElement::getText).noneMatch(o -> o.contains("นางสาวกาญจนา ชัยมงคล"));
        witnesses.getOptions().stream().filter(o -> o.getText().startsWith(witness)).findFirst().orElseThrow().click();
        browser.findElement(By.name("note")).sendKeys("แจ้งผลการประเมินแล้ว ผู้รับการประเมินไม่ลงนามรับทราบ");
        shot("refusal-witness", By.id("refusal"));
        browser.findElement(By.id("record-refusal")).click();
        see("บันทึกการไม่ลงนามรับทราบพร้อมพยานแล้ว", "แจ้งผลแล้ว ไม่ลงนามรับทราบ");
        assertThat(app.agreements.show(new appraisal.domain.model.agreement.AgreementId(staffAgreement)).acknowledgement()
                .map(Object::toString).orElse("")).contains("BRM-LAMPLAIMAT-03");

        // the head's own agreement: results reported and submitted; T4's judgement is the evaluator's, not theirs to report
        open("/agreements/" + district);
        assertThat(browser.findElements(By.name("f.T4.kkj.level5_normal_recovery_adequate"))).isEmpty();
        assertThat(browser.findElements(By.name("f.T4.kkj.big_data_entered"))).hasSize(1);
        reportEverything();
        browser.findElement(By.id("submit-self-assessment")).click();
        see("ส่งการประเมินตนเองแล้ว", "ประเมินตนเองแล้ว");
        signOut();
    }

    @Test
    @Order(17)
    void theProvinceHeadEvaluatesTheDistrictHeadOnTheCoreAndManagementCompetencies() throws IOException {
        signIn("buriram.head");
        open("/tasks");
        browser.findElement(By.id("queue-evaluate")).findElement(By.linkText(district)).click();
        List<WebElement> competencies = browser.findElements(By.cssSelector("input[data-competency]"));
        assertThat(competencies).as("a D1 position: five core and six management competencies").hasSize(11);
        assertThat(text()).contains("สมรรถนะหลัก", "สมรรถนะทางการบริหาร");
        assertThat(expected("สภาวะผู้นำ")).as("the scheme expects level 1 of a D1").isEqualTo("1");
        assertThat(expected("การมุ่งผลสัมฤทธิ์")).isEqualTo("3");
        for (WebElement competency : competencies) {
            competency.clear();
            if (!competency.getAttribute("data-competency").equals("mgmt.leadership")) {
                competency.sendKeys(competency.getAttribute("data-competency").startsWith("mgmt.") ? "2" : "3");
            }
        }
        browser.findElement(By.id("save-evaluation")).click();
        see("ทำรายการไม่สำเร็จ", "ยังประเมินสมรรถนะไม่ครบ", "ช่องที่ต้องแก้ไข: สมรรถนะสภาวะผู้นำ");
        open("/agreements/" + district);
        for (WebElement competency : browser.findElements(By.cssSelector("input[data-competency]"))) {
            competency.clear();
            competency.sendKeys(competency.getAttribute("data-competency").startsWith("mgmt.") ? "2" : "3");
        }
        new Select(browser.findElement(By.name("j.T4.kkj.level5_normal_recovery_adequate"))).selectByValue("yes");
        shot("evaluation-management-competencies", By.id("competencies"));
        browser.findElement(By.id("save-evaluation")).click();
        see("บันทึกผลการประเมินแล้ว", "ประเมินแล้ว");
        assertThat(browser.findElement(By.id("total")).getText()).isNotBlank();
        assertThat(app.agreements.show(new appraisal.domain.model.agreement.AgreementId(district))
                .evaluationOf(new appraisal.domain.model.agreement.ItemId("T4")).orElseThrow().judgements()
                .get("kkj.level5_normal_recovery_adequate")).isPresent();
        signOut();

        signIn("lamplaimat.head");
        open("/tasks");
        browser.findElement(By.id("queue-acknowledge")).findElement(By.linkText(district)).click();
        browser.findElement(By.id("acknowledge")).click();
        see("รับทราบผลการประเมินแล้ว", "รับทราบผลแล้ว");
        signOut();
    }

    @Test
    @Order(18)
    void theReviewersQueuesHoldWhatAwaitsTheirOpinionAndTheyReviewAndClose() throws IOException {
        signIn("cdd.deputy");
        open("/tasks?round=" + NEXT_ROUND);
        WebElement review = browser.findElement(By.id("queue-review"));
        assertThat(review.getText()).contains("รอความเห็นของผู้บังคับบัญชาเหนือขึ้นไป", district);
        assertThat(review.getText()).as("the staff member's evaluation is the province head's to review").doesNotContain(staffAgreement);
        shot("reviewer-queue");
        review.findElement(By.linkText(district)).click();
        browser.findElement(By.name("opinion")).sendKeys("เห็นด้วยกับผลการประเมินของพัฒนาการจังหวัด");
        browser.findElement(By.id("review")).click();
        see("บันทึกความเห็นผู้บังคับบัญชาเหนือขึ้นไปแล้ว");
        open("/tasks?round=" + NEXT_ROUND);
        browser.findElement(By.id("queue-close")).findElement(By.linkText(district)).click();
        browser.findElement(By.id("close")).click();
        see("ปิดข้อตกลงแล้ว", "ปิดการประเมินแล้ว");
        signOut();

        signIn("buriram.head");
        open("/tasks?round=" + NEXT_ROUND);
        browser.findElement(By.id("queue-review")).findElement(By.linkText(staffAgreement)).click();
        browser.findElement(By.name("opinion")).sendKeys("รับทราบการไม่ลงนามต่อหน้าพยาน เห็นด้วยกับผลการประเมิน");
        browser.findElement(By.id("review")).click();
        see("บันทึกความเห็นผู้บังคับบัญชาเหนือขึ้นไปแล้ว", "ผู้บังคับบัญชาเหนือขึ้นไปให้ความเห็นแล้ว");
        signOut();
    }

    @Test
    @Order(19)
    void anAppraiseeWhoPostsAClosingOrAReopeningOfTheirOwnAgreementIsRefusedOnThePage() throws IOException {
        signIn("lamplaimat.staff");
        open("/agreements/" + staffAgreement);
        assertThat(status()).isEqualTo("ผู้บังคับบัญชาเหนือขึ้นไปให้ความเห็นแล้ว");
        assertThat(browser.findElements(By.cssSelector("#close, #reopen"))).as("no such buttons for the appraisee").isEmpty();
        appraisal.domain.model.agreement.AgreementId id = new appraisal.domain.model.agreement.AgreementId(staffAgreement);
        long version = app.agreements.show(id).version();

        postForm("/agreements/" + staffAgreement + "/closure", Map.of("version", String.valueOf(version)));
        see("ทำรายการไม่สำเร็จ", "ท่านไม่มีสิทธิ์ปิดการประเมิน", "authority.own-agreement",
                "ท่านเป็นผู้รับการประเมินของข้อตกลงนี้ จึงดำเนินการขั้นตอนนี้กับข้อตกลงของตนเองไม่ได้");
        shot("refusal-own-agreement");
        open("/agreements/" + staffAgreement);
        postForm("/agreements/" + staffAgreement + "/reopening", Map.of("version", String.valueOf(version),
                "reason", "ขอเปิดการประเมินใหม่เอง"));
        see("ทำรายการไม่สำเร็จ", "ท่านไม่มีสิทธิ์เปิดการประเมินใหม่", "authority.own-agreement");
        assertThat(app.agreements.show(id).status()).isEqualTo(appraisal.domain.model.agreement.AgreementStatus.REVIEWED);
        assertThat(app.agreements.show(id).version()).isEqualTo(version);
        signOut();

        signIn("buriram.head");
        open("/agreements/" + staffAgreement);
        browser.findElement(By.id("close")).click();
        see("ปิดข้อตกลงแล้ว", "ปิดการประเมินแล้ว");
        signOut();
    }

    @Test
    @Order(20)
    void aDistrictHeadLeftOutOfTheBroadcastCopiesLastRoundsAgreementAsTheirDraft() throws IOException {
        signIn("nangrong.head");
        open("/agreements");
        WebElement copy = browser.findElement(By.id("copy-last-round"));
        assertThat(copy.getText()).contains("2565-2", "2566-1");
        copy.click();
        see("คัดลอกข้อตกลง", "ของรอบก่อนมาเป็นร่างแล้ว", "ร่าง", "T8");
        shot("copied-draft");
        String copied = browser.getCurrentUrl().replaceAll(".*/agreements/(AG-\\d+).*", "$1");
        assertThat(app.agreements.show(new appraisal.domain.model.agreement.AgreementId(copied)).round().value()).isEqualTo(NEXT_ROUND);
        open("/agreements");
        assertThat(browser.findElements(By.id("copy-last-round"))).as("offered once: the round has the agreement now").isEmpty();
        signOut();
    }

    /** The level the evaluation form says the scheme expects of a competency. */
    private static String expected(String competency) {
        return browser.findElement(By.xpath("//table[contains(@class, 'competencies')]//tr[td/label[text()='" + competency + "']]"))
                .findElement(By.cssSelector("td.num")).getText();
    }

    /** The province head's first step: round 2566-1, the team section of the source's rubric file, as the template. */
    private static void readTheTeamRubric() {
        open("/team");
        browser.findElement(By.id("to-cascade")).click();
        see("ถ่ายทอดตัวชี้วัดสู่สำนักงานในสังกัด", "แม่แบบจากไฟล์ตัวชี้วัด");
        new Select(browser.findElement(By.cssSelector("#from-rubric select[name=round]"))).selectByValue(NEXT_ROUND);
        browser.findElement(By.cssSelector("#from-rubric input[name=rubric]")).sendKeys(TEAM_RUBRIC.toAbsolutePath().normalize().toString());
        browser.findElement(By.id("read-rubric")).click();
        see("แม่แบบตัวชี้วัดที่จะถ่ายทอด", "T1", "T8", "ร้อยละของการใช้จ่ายเงินงบประมาณ");
    }

    /** Types every fact of every item: numbers 95, flags yes, steps done on {@code isoDate} (in the {@code dates} inputs), choices a letter. */
    private static void typeEveryFact(String dates, String isoDate) {
        for (WebElement input : browser.findElements(By.cssSelector("input[data-fact][inputmode=decimal]"))) {
            input.clear();
            input.sendKeys("95");
        }
        for (WebElement select : browser.findElements(By.cssSelector("select[data-fact]"))) {
            List<WebElement> options = select.findElements(By.tagName("option"));
            new Select(select).selectByValue(options.stream().anyMatch(o -> "done".equals(o.getAttribute("value"))) ? "done" : "yes");
        }
        for (WebElement date : browser.findElements(By.cssSelector(dates))) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = '" + isoDate + "'", date);
        }
        for (WebElement input : browser.findElements(By.cssSelector("input[data-fact]:not([inputmode])"))) {
            input.sendKeys("ก");
        }
    }

    /** Every fact of every item typed (numbers 95, flags yes, steps done on a date, choices a letter) and saved. */
    private static void reportEverything() {
        typeEveryFact("input[type=date][data-date]", "2023-03-01");
        browser.findElement(By.id("save-results")).click();
        see("บันทึกผลการดำเนินงานแล้ว");
    }

    /** Posts a form the page does not offer, with the session's CSRF token from the page, as a hand-made request would. */
    private static void postForm(String action, Map<String, String> fields) {
        StringBuilder script = new StringBuilder("var f = document.createElement('form'); f.method = 'post'; f.action = arguments[0];"
                + "var add = function (n, v) { var i = document.createElement('input'); i.type = 'hidden'; i.name = n; i.value = v;"
                + " f.appendChild(i); }; add('_csrf', document.querySelector('meta[name=csrf-token]').content);");
        List<Object> args = new ArrayList<>();
        args.add(action);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            args.add(field.getKey());
            args.add(field.getValue());
            script.append("add(arguments[").append(args.size() - 2).append("], arguments[").append(args.size() - 1).append("]);");
        }
        script.append("document.body.appendChild(f); f.submit();");
        ((JavascriptExecutor) browser).executeScript(script.toString(), args.toArray());
    }

    // ---------------------------------------------------------------- helpers

    private static Path csv(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, String.join("\n", lines) + "\n", java.nio.charset.StandardCharsets.UTF_8);
        return file;
    }

    private static String status() {
        return browser.findElement(By.cssSelector("h1 .status")).getText();
    }

    @Test
    @Order(21)
    void aLinkBackToAnotherSiteLeadsHomeInsteadAfterSigningInAndAfterChoosingTheDigits() throws Exception {
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().followRedirects(java.net.http.HttpClient.Redirect.NEVER).build();
        String base = "http://127.0.0.1:" + server.port();
        for (String[] given : new String[][] {{"/%5Cevil.example/", "/"}, {"//evil.example/", "/"}, {"https://evil.example/", "/"},
                {"/agreements", "/agreements"}}) {
            java.net.http.HttpResponse<Void> r = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/digits?thai=1&back="
                    + given[0])).build(), java.net.http.HttpResponse.BodyHandlers.discarding());
            assertThat(r.statusCode()).isEqualTo(303);
            assertThat(r.headers().firstValue("Location")).as(given[0]).contains(given[1]);
        }

        open("/login?next=/%5Cevil.example/");
        browser.findElement(By.name("username")).sendKeys("lamplaimat.staff");
        browser.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button")).click();
        see("lamplaimat.staff", "ออกจากระบบ");

        assertThat(browser.getCurrentUrl()).isEqualTo(base + "/agreements");
        signOut();
    }

    @Test
    @Order(22)
    void noPageOfTheWalkNorTheApiDocumentationBreaksTheSecurityPolicy() {
        open("/api/v1/docs");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(By.cssSelector(".opblock")).isEmpty());
        signIn("lamplaimat.head");
        open("/agreements/" + agreement + "/print/agreement");
        open("/team?round=2565-2");
        signOut();
        List<String> refused = browser.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy") || m.contains("Refused to")).collect(java.util.stream.Collectors.toList());
        assertThat(refused).as("what the browser refused under the policy over the whole walk").isEmpty();
    }

    private static void signIn(String username) {
        open("/login");
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button")).click();
        see(username, "ออกจากระบบ");
    }

    private static void signOut() {
        open("/agreements");
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/login"));
    }

    private static void open(String path) {
        browser.get("http://127.0.0.1:" + server.port() + path);
    }

    /** Waits for the page a click leads to, until it shows every text, then holds it to them. */
    private static void see(String... texts) {
        // the old page's body goes stale while the new one loads (Chromium may also say its node left
        // the document): ask again; the assertion below still holds the final page to the texts
        try {
            new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(d -> {
                String body = d.findElement(By.tagName("body")).getText();
                return java.util.Arrays.stream(texts).allMatch(body::contains);
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            // fall through: the assertion says which text the page lacks, and shows the page
        }
        assertThat(text()).contains(texts);
    }

    private static String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** A screenshot with {@code element} at the top of the window. */
    private static void shot(String name, By element) throws IOException {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView(true); window.scrollBy(0, -8);",
                browser.findElement(element));
        shot(name);
    }

    private static void shot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }

    /** At a phone's width (and back), for a screenshot of the same page. */
    private interface Step {
        void run() throws IOException;
    }

    private static void phone(Step step) throws IOException {
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            step.run();
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
