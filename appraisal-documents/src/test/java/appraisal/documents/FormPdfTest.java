package appraisal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import appraisal.documents.pdf.FormPdf;
import appraisal.domain.model.indicator.RubricEntry;
import appraisal.domain.seed.BuriramRound2565;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The forms as PDF: A4, the Thai face embedded as a subset, the text extractable exactly as
 * written, and — through poppler's {@code pdftoppm}, an independent renderer — pages that are
 * not blank. The rendered pages are kept in {@code target/rendered/} for a person to look at.
 */
class FormPdfTest {

    private static final BuriramAppraisals round = new BuriramAppraisals();
    private static final Path RENDERED = Path.of("target", "rendered");

    private static byte[] agreementPdf(FormText t) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FormPdf(t).write(round.documents.agreementForm(round.head, t), out);
        return out.toByteArray();
    }

    private static byte[] summaryPdf(FormText t, boolean refused) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new FormPdf(t).write(round.documents.summaryForm(refused ? round.staff : round.head, t), out);
        return out.toByteArray();
    }

    /** Text as PDFBox extracts it, without the white space line breaking may have added or removed. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return squeeze(new PDFTextStripper().getText(doc));
        }
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    @Test
    void the_agreement_form_holds_every_indicator_title_and_level_text_exactly_as_written() throws IOException {
        String text = text(agreementPdf(new FormText(false)));

        assertThat(text).contains(squeeze("ข้อตกลงการปฏิบัติราชการ"), squeeze("รอบที่ 2 (1 เมษายน 2565 – 30 กันยายน 2565)"),
                "ตัวชี้วัดงานรายทีม", squeeze("นางสาวมาลี ศรีสุข"), squeeze("สำนักงานพัฒนาชุมชนอำเภอลำปลายมาศ"));
        for (RubricEntry e : BuriramRound2565.teamRubric().entries()) {
            assertThat(text).contains(squeeze(e.indicator().title()));
            e.indicator().levels().forEach(level -> assertThat(text).contains(squeeze(level.text())));
        }
    }

    @Test
    void the_pages_are_a4_and_the_thai_face_is_embedded_as_a_subset() throws IOException {
        try (PDDocument doc = Loader.loadPDF(agreementPdf(new FormText(true)))) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            for (PDPage page : doc.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
                assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
            }
            PDPage first = doc.getPage(0);
            int fonts = 0;
            for (var name : first.getResources().getFontNames()) {
                PDFont font = first.getResources().getFont(name);
                assertThat(font).isInstanceOf(PDType0Font.class);
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+Sarabun.*");
                fonts++;
            }
            assertThat(fonts).isEqualTo(2);
        }
    }

    @Test
    void page_numbers_and_dates_follow_the_choice_of_digits() throws IOException {
        String thai = text(agreementPdf(new FormText(true)));
        String arabic = text(agreementPdf(new FormText(false)));

        assertThat(thai).contains("หน้า๑/").contains(squeeze("๑ เมษายน ๒๕๖๕")).doesNotContain("2565");
        assertThat(arabic).contains("หน้า1/").contains(squeeze("1 เมษายน 2565"));
    }

    @Test
    void the_summary_prints_the_scores_rating_acknowledgement_and_review() throws IOException {
        String text = text(summaryPdf(new FormText(false), false));

        assertThat(text).contains(squeeze("แบบสรุปผลการประเมินผลการปฏิบัติราชการ"), "76.00", "53.20", "29.09", "82.29", "ดีมาก",
                squeeze("ได้รับทราบผลการประเมินแล้ว"), squeeze("เห็นด้วยกับผลการประเมิน"), squeeze("นายประเสริฐ รุ่งเรือง"),
                squeeze("ตรวจพื้นที่แล้ว ครัวเรือนได้รับการตรวจสอบครบร้อยละ ๘๕"));
        String refused = text(summaryPdf(new FormText(false), true));
        assertThat(refused).contains(squeeze("แต่ผู้รับการประเมินไม่ลงนามรับทราบ"), "พยาน", squeeze("นางบุญเรือน มีสุข"));
    }

    @Test
    void poppler_renders_thai_text_on_every_page() throws Exception {
        assumeTrue(new File("/usr/bin/pdftoppm").canExecute() || onPath("pdftoppm"), "pdftoppm (poppler-utils) is not installed");
        Files.createDirectories(RENDERED);
        Path agreement = RENDERED.resolve("agreement.pdf");
        Path summary = RENDERED.resolve("summary.pdf");
        Files.write(agreement, agreementPdf(new FormText(true)));
        Files.write(summary, summaryPdf(new FormText(false), false));
        for (Path pdf : new Path[] {agreement, summary}) {
            String stem = pdf.getFileName().toString().replace(".pdf", "");
            Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "80", pdf.toString(), RENDERED.resolve(stem).toString())
                    .redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            assertThat(output).as("poppler reports no font or syntax errors").isEmpty();
            File[] pages = RENDERED.toFile().listFiles((dir, name) -> name.startsWith(stem + "-") && name.endsWith(".png"));
            assertThat(pages).isNotEmpty();
            for (File page : pages) {
                BufferedImage image = ImageIO.read(page);
                assertThat(image.getWidth()).isBetween(655, 663);  // 210 mm at 80 dpi
                assertThat(inked(image)).as(page.getName()).isGreaterThan(0.01);
            }
        }
    }

    /** The share of the page's pixels that are dark. */
    private static double inked(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int lum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (lum < 3 * 128) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
