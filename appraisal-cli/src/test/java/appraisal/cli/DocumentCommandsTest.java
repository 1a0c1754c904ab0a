package appraisal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code print} and {@code round sheet} on the demo round: files that hold what {@code score} says. */
class DocumentCommandsTest {

    private final InMemoryCli cli = new InMemoryCli();

    @TempDir
    Path dir;

    /** Each agreement's scores as {@code score --format json} prints them. */
    private final Map<String, JsonNode> scores = new HashMap<>();

    @BeforeEach
    void demo() throws IOException {
        assertThat(cli.run("demo").exitCode()).isZero();
        for (JsonNode s : new ObjectMapper().readTree(Scenario.ok(cli, "score", "--format", "json"))) {
            scores.put(s.get("agreement").asText(), s);
        }
    }

    @Test
    void print_writes_the_agreement_form_and_the_summary_as_pdf() throws IOException {
        Path form = dir.resolve("AG-4.pdf");
        Path summary = dir.resolve("AG-4-summary.pdf");

        assertThat(cli.run("print", "AG-4", "--out", form.toString()).exitCode()).isZero();
        InMemoryCli.Run thai = cli.run("print", "AG-4", "--form", "summary", "--thai-digits", "--out", summary.toString());
        assertThat(thai.exitCode()).isZero();
        assertThat(thai.out()).isEqualTo("wrote the appraisal summary of AG-4 to " + summary + "\n");

        assertThat(text(form)).contains("ข้อตกลงการปฏิบัติราชการ", "ตัวชี้วัดงานรายทีม", "หน้า1/");
        String total = scores.get("AG-4").get("total").asText();
        assertThat(text(summary)).contains("แบบสรุปผลการประเมินผลการปฏิบัติราชการ", appraisal.domain.model.thai.ThaiDigits.toThai(total), "หน้า๑/");
    }

    @Test
    void the_xlsx_sheet_holds_every_persons_numbers_as_score_gives_them() throws IOException {
        Path xlsx = dir.resolve("round.xlsx");

        InMemoryCli.Run run = cli.run("round", "sheet", "--out", xlsx.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (ReadableWorkbook wb = new ReadableWorkbook(Files.newInputStream(xlsx))) {
            List<Row> rows = wb.getFirstSheet().read();
            List<String> header = rows.get(0).stream().map(c -> c.getText()).toList();
            assertThat(header).startsWith("สำนักงาน", "หน่วยงาน", "รหัส", "ชื่อ", "ตำแหน่ง");
            int agreement = header.indexOf("ข้อตกลง");
            int total = header.indexOf("รวม");
            int achievement = header.indexOf("ผลสัมฤทธิ์");
            assertThat(rows).hasSize(1 + scores.size());
            int totals = 0;
            for (Row row : rows.subList(1, rows.size())) {
                JsonNode score = scores.get(row.getCell(agreement).getText());
                if (score.has("total")) {
                    assertThat(row.getCell(total).asNumber()).isEqualByComparingTo(score.get("total").decimalValue());
                    totals++;
                }
                if (score.has("achievement")) {
                    assertThat(row.getCell(achievement).asNumber()).isEqualByComparingTo(score.get("achievement").decimalValue());
                }
            }
            assertThat(totals).isGreaterThan(10);
        }
    }

    @Test
    void a_name_a_spreadsheet_would_run_as_a_formula_is_written_to_the_sheet_as_text_and_to_scripts_as_it_is() throws IOException {
        String people = "id,name,position,level,unit,supervisor\n"
                + "BRM-NANGRONG-01,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",พัฒนาการอำเภอนางรอง,D1,BRM-NANGRONG,BRM-0001\n"
                + "BRM-LAHANSAI-01,@SUM(1+1),พัฒนาการอำเภอละหานทราย,D1,BRM-LAHANSAI,BRM-0001\n";
        assertThat(cli.runWithInput(people, "person", "import", "-").exitCode()).isZero();
        Path csv = dir.resolve("round.csv");

        assertThat(cli.run("round", "sheet", "--out", csv.toString()).exitCode()).isZero();

        String sheet = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(sheet).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",").contains(",'@SUM(1+1),")
                .doesNotContain(",=HYPERLINK").doesNotContain(",@SUM");
        assertThat(sheet).as("numbers are left as they are").contains(",85.00,93.94,87.68,");
        assertThat(Scenario.ok(cli, "report", "--format", "csv")).as("scripts get the name as it is").contains(",@SUM(1+1),");
    }

    @Test
    void the_csv_sheet_is_utf8_with_a_byte_order_mark_crlf_and_the_same_numbers() throws IOException {
        Path csv = dir.resolve("round.csv");

        assertThat(cli.run("round", "sheet", "--out", csv.toString()).exitCode()).isZero();

        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").doesNotContainPattern("[^\r]\n");
        assertThat(text).isEqualTo(Scenario.ok(cli, "report", "--format", "csv").replace("\n", "\r\n"));
        int totals = 0;
        try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
            while (it.hasNext()) {
                Map<String, String> row = it.next();
                JsonNode score = scores.get(row.get("agreement"));
                if (score.has("total")) {
                    assertThat(new BigDecimal(row.get("total"))).isEqualByComparingTo(score.get("total").decimalValue());
                    assertThat(row.get("rating")).isEqualTo(score.get("rating").asText());
                    totals++;
                }
            }
        }
        assertThat(totals).isGreaterThan(10);
    }

    @Test
    void a_wrong_extension_or_an_unknown_agreement_is_refused_and_writes_nothing() {
        Path pdf = dir.resolve("AG-4.txt");
        InMemoryCli.Run wrong = cli.run("print", "AG-4", "--out", pdf.toString());
        InMemoryCli.Run unknown = cli.run("print", "AG-999", "--out", dir.resolve("x.pdf").toString());
        InMemoryCli.Run sheet = cli.run("round", "sheet", "--out", dir.resolve("round.ods").toString());

        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("--out must name a .pdf file");
        assertThat(unknown.exitCode()).isEqualTo(3);
        assertThat(sheet.exitCode()).isEqualTo(2);
        assertThat(sheet.err()).contains(".xlsx or .csv");
        assertThat(dir.toFile().list()).isEmpty();
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }
}
