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
 * accounts the README names: the district head drafts their staff member's agreement from their own
 * and both sign; the staff member reports every item (seeing the level computed as they type,
 * attaching a file) and submits; the head evaluates with an override, which needs a reason; the
 * province's dashboard shows the change; the staff member acknowledges, the head's supervisor (the
 * province) records an opinion and closes, each status shown on the page. The administrator imports
 * units and people from CSV files and sees a bad file refused with its line, the store unchanged. Also: a form post without the CSRF token is refused,
 * someone else's agreement is not there by URL, and the team page drafts no second agreement for a person (refused in Thai when forced). Screenshots go to {@code target/screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageIT {

    private static final String PASSWORD = "demo-2565-pass";
    private static final Path SHOTS = Path.of("target", "screenshots");

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
    void theHeadDraftsTheStaffMembersAgreementFromTheirOwnAndSignsIt() throws IOException {
        signIn("lamplaimat.head");
        open("/team");
        WebElement row = browser.findElement(By.xpath("//ul[@class='people']/li[.//input[@value='BRM-LAMPLAIMAT-02']]"));
        row.findElement(By.tagName("button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/agreements/AG-"));
        agreement = browser.getCurrentUrl().replaceAll(".*/agreements/(AG-\\d+).*", "$1");
        assertThat(text()).contains("ร่างข้อตกลงแล้ว", "นางสาวกาญจนา ชัยมงคล");
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

        for (WebElement input : browser.findElements(By.cssSelector("input[data-fact][inputmode=decimal]"))) {
            input.clear();
            input.sendKeys("95");
        }
        for (WebElement select : browser.findElements(By.cssSelector("select[data-fact]"))) {
            List<WebElement> options = select.findElements(By.tagName("option"));
            new Select(select).selectByValue(options.stream().anyMatch(o -> "done".equals(o.getAttribute("value"))) ? "done" : "yes");
        }
        for (WebElement date : browser.findElements(By.cssSelector("input[type=date]"))) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2022-09-01'", date);
        }
        for (WebElement input : browser.findElements(By.cssSelector("input[data-fact]:not([inputmode])"))) {
            input.sendKeys("ก");
        }
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
        open("/team");
        String before = text();
        ((JavascriptExecutor) browser).executeScript("var f = document.createElement('form'); f.method = 'post';"
                + "f.action = '/team/drafts'; var p = document.createElement('input'); p.name = 'person';"
                + "p.value = 'BRM-LAMPLAIMAT-03'; f.appendChild(p); var r = document.createElement('input'); r.name = 'round';"
                + "r.value = '2565-2'; f.appendChild(r); document.body.appendChild(f); f.submit();");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getPageSource().contains("auth.csrf-missing"));
        assertThat(text()).contains("ทำรายการไม่สำเร็จ");
        open("/team");
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
    @Order(10)
    void theTeamPageOffersNoDraftForSomeoneWhoHasAnAgreementAndAForcedOneIsRefusedInThai() throws IOException {
        appraisal.domain.model.round.RoundId round = new appraisal.domain.model.round.RoundId("2565-2");
        appraisal.domain.model.org.PersonId staff = new appraisal.domain.model.org.PersonId("BRM-LAMPLAIMAT-02");
        signIn("lamplaimat.head");
        open("/team");
        assertThat(browser.findElements(By.xpath("//ul[@class='people']//input[@name='person' and @value='BRM-LAMPLAIMAT-02']")))
                .as("no draft offered for someone who has an agreement in the round").isEmpty();
        assertThat(browser.findElements(By.cssSelector("ul.people form"))).as("drafts offered for the others").isNotEmpty();

        // a page left open from before, or a crafted post: another person's form, with its token, sent for the one who has it
        ((JavascriptExecutor) browser).executeScript("var f = document.querySelector('ul.people form');"
                + "f.querySelector('input[name=person]').value = 'BRM-LAMPLAIMAT-02'; f.submit();");
        see("ทำรายการไม่สำเร็จ", "ผู้รับการประเมินมีข้อตกลงในรอบนี้แล้ว", "agreement.already-exists");
        shot("refusal-second-agreement");

        assertThat(text()).contains("BRM-LAMPLAIMAT-02 already has agreement " + agreement);
        assertThat(app.agreements.ofAppraisee(round, staff)).extracting(a -> a.id().value()).containsExactly(agreement);
        signOut();
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
        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(d -> {
            String body = d.findElement(By.tagName("body")).getText();
            return java.util.Arrays.stream(texts).allMatch(body::contains);
        });
        assertThat(text()).contains(texts);
    }

    private static String text() {
        return browser.findElement(By.tagName("body")).getText();
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
