package appraisal.documents.pdf;

import appraisal.documents.AgreementForm;
import appraisal.documents.FormHeader;
import appraisal.documents.FormText;
import appraisal.documents.Party;
import appraisal.documents.SignatureLine;
import appraisal.documents.SummaryForm;
import appraisal.documents.pdf.Layout.Align;
import appraisal.documents.pdf.Layout.Cell;
import appraisal.documents.pdf.Layout.Para;
import appraisal.documents.pdf.Layout.Style;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prints the forms as A4 PDF with the Thai typeface embedded: the agreement form (indicators with
 * their five levels, weights and responsible units, team then individual, signatures) and the
 * appraisal summary. What is printed comes from the form models as they are; this only lays it out.
 */
public final class FormPdf {

    private static final Style TITLE = new Style(Typeface.BOLD, 15f);
    private static final Style HEADING = new Style(Typeface.BOLD, 11.5f);
    private static final Style BODY = new Style(Typeface.REGULAR, 10.5f);
    private static final Style BOLD = new Style(Typeface.BOLD, 10.5f);
    private static final Style SMALL = new Style(Typeface.REGULAR, 9.5f);
    private static final float HEAD_SHADE = 0.88f;
    private static final float SECTION_SHADE = 0.95f;
    private static final String DOTS = "........................................";

    private final FormText text;

    /** {@code text} decides the digits of the page numbers; the forms' own digits were chosen when they were built. */
    public FormPdf(FormText text) {
        this.text = text;
    }

    public void write(AgreementForm form, OutputStream out) throws IOException {
        Layout l = new Layout();
        head(l, form.title(), form.header());
        float w = l.width();
        float[] widths = {w - 62 - 120, 62, 120};
        List<List<Cell>> header = List.of(List.of(
                Cell.of("ตัวชี้วัดและค่าเป้าหมาย", BOLD, Align.CENTER).shaded(HEAD_SHADE),
                Cell.of("น้ำหนัก (ร้อยละ)", BOLD, Align.CENTER).shaded(HEAD_SHADE),
                Cell.of("หน่วยงานรับผิดชอบ", BOLD, Align.CENTER).shaded(HEAD_SHADE)));
        List<List<Cell>> body = new ArrayList<>();
        for (AgreementForm.Section section : form.sections()) {
            body.add(List.of(Cell.of(section.title(), BOLD, Align.LEFT).spanning(3).shaded(SECTION_SHADE)));
            for (AgreementForm.Row row : section.rows()) {
                List<Para> paras = new ArrayList<>();
                paras.add(new Para(row.number() + ". " + row.title(), BOLD, Align.LEFT));
                row.levels().forEach(level -> paras.add(new Para(level, BODY, Align.LEFT)));
                row.notes().forEach(note -> paras.add(new Para(note, SMALL, Align.LEFT)));
                body.add(List.of(new Cell(paras, 1, 1f), Cell.of(row.weight(), BODY, Align.CENTER),
                        Cell.of(row.responsibleUnit(), BODY, Align.LEFT)));
            }
            body.add(List.of(Cell.of("รวม" + section.title(), BOLD, Align.RIGHT), Cell.of(section.totalWeight(), BOLD, Align.CENTER),
                    Cell.of("", BODY, Align.LEFT)));
        }
        body.add(List.of(Cell.of("รวมทั้งสิ้น", BOLD, Align.RIGHT).shaded(SECTION_SHADE),
                Cell.of(form.totalWeight(), BOLD, Align.CENTER).shaded(SECTION_SHADE), Cell.of("", BODY, Align.LEFT).shaded(SECTION_SHADE)));
        l.table(new Layout.Table(widths, header, body, true));
        l.gap(14);
        l.paragraph("ผู้รับการประเมินและผู้ประเมินได้ตกลงร่วมกันตามตัวชี้วัดและค่าเป้าหมายข้างต้น", BODY, Align.LEFT);
        l.gap(10);
        signatures(l, form.signatures());
        l.finish(form.title() + " " + form.header().agreement(), this::pageLabel, out);
    }

    public void write(SummaryForm form, OutputStream out) throws IOException {
        Layout l = new Layout();
        head(l, form.title(), form.header());
        l.paragraph("สถานะ: " + form.status(), BODY, Align.LEFT);
        l.gap(6);
        l.paragraph(text.text("ส่วนที่ 1 ผลสัมฤทธิ์ของงาน"), HEADING, Align.LEFT);
        l.gap(4);
        float w = l.width();
        float[] widths = {30, w - 30 - 48 - 48 - 48 - 66, 48, 48, 48, 66};
        List<List<Cell>> header = List.of(List.of(
                Cell.of("ที่", BOLD, Align.CENTER).shaded(HEAD_SHADE),
                Cell.of("ตัวชี้วัด", BOLD, Align.CENTER).shaded(HEAD_SHADE),
                Cell.of("ระดับที่ได้", BOLD, Align.CENTER).shaded(HEAD_SHADE),
                Cell.of("คะแนน (ก)", BOLD, Align.CENTER).shaded(HEAD_SHADE),
                Cell.of("น้ำหนัก (ข)", BOLD, Align.CENTER).shaded(HEAD_SHADE),
                Cell.of(text.text("คะแนนถ่วงน้ำหนัก (ก × ข ÷ 5)"), BOLD, Align.CENTER).shaded(HEAD_SHADE)));
        List<List<Cell>> body = new ArrayList<>();
        String section = null;
        for (SummaryForm.ItemLine item : form.items()) {
            if (!item.section().equals(section)) {
                section = item.section();
                body.add(List.of(Cell.of(section, BOLD, Align.LEFT).spanning(6).shaded(SECTION_SHADE)));
            }
            List<Para> paras = new ArrayList<>();
            paras.add(new Para(item.title(), BODY, Align.LEFT));
            if (!item.note().isEmpty()) {
                paras.add(new Para(item.note(), SMALL, Align.LEFT));
            }
            body.add(List.of(Cell.of(item.number(), BODY, Align.CENTER), new Cell(paras, 1, 1f),
                    Cell.of(item.level(), BODY, Align.CENTER), Cell.of(item.score(), BODY, Align.CENTER),
                    Cell.of(item.weight(), BODY, Align.CENTER), Cell.of(item.weighted(), BODY, Align.CENTER)));
        }
        body.add(List.of(Cell.of("รวม", BOLD, Align.RIGHT).spanning(4), Cell.of(form.totalWeight(), BOLD, Align.CENTER),
                Cell.of(form.weightedTotal(), BOLD, Align.CENTER)));
        body.add(List.of(Cell.of(text.text("ผลสัมฤทธิ์ของงาน (คะแนนเต็ม 100)") + (form.provisional() ? " — ชั่วคราว ยังรอข้อมูลบางตัวชี้วัด" : ""),
                        BOLD, Align.RIGHT).spanning(5).shaded(SECTION_SHADE),
                Cell.of(form.achievement(), BOLD, Align.CENTER).shaded(SECTION_SHADE)));
        l.table(new Layout.Table(widths, header, body, true));

        l.gap(10);
        l.keep(160);
        l.paragraph(text.text("ส่วนที่ 2 สรุปผลการประเมิน"), HEADING, Align.LEFT);
        l.gap(4);
        float[] parts = {w - 3 * 80, 80, 80, 80};
        List<List<Cell>> partsHeader = List.of(List.of(
                Cell.of("องค์ประกอบการประเมิน", BOLD, Align.CENTER).shaded(HEAD_SHADE),
                Cell.of(text.text("คะแนน (เต็ม 100)"), BOLD, Align.CENTER).shaded(HEAD_SHADE),
                Cell.of("น้ำหนัก (ร้อยละ)", BOLD, Align.CENTER).shaded(HEAD_SHADE),
                Cell.of("คะแนนที่ได้", BOLD, Align.CENTER).shaded(HEAD_SHADE)));
        List<List<Cell>> partRows = new ArrayList<>();
        for (SummaryForm.Part p : form.parts()) {
            partRows.add(List.of(Cell.of(p.label(), BODY, Align.LEFT), Cell.of(p.score(), BODY, Align.CENTER),
                    Cell.of(p.weight(), BODY, Align.CENTER), Cell.of(p.weighted(), BODY, Align.CENTER)));
        }
        partRows.add(List.of(Cell.of("รวม", BOLD, Align.RIGHT).spanning(3).shaded(SECTION_SHADE),
                Cell.of(form.total(), BOLD, Align.CENTER).shaded(SECTION_SHADE)));
        partRows.add(List.of(Cell.of("ระดับผลการประเมิน", BOLD, Align.RIGHT).spanning(3).shaded(SECTION_SHADE),
                Cell.of(form.rating(), BOLD, Align.CENTER).shaded(SECTION_SHADE)));
        l.table(new Layout.Table(parts, partsHeader, partRows, true));
        l.gap(10);
        signatures(l, List.of(form.evaluation()));

        l.gap(8);
        l.keep(150);
        l.paragraph(text.text("ส่วนที่ 3 การรับทราบผลการประเมิน"), HEADING, Align.LEFT);
        Optional<SummaryForm.Acknowledgement> ack = form.acknowledgement();
        if (ack.isEmpty()) {
            l.paragraph("ได้รับทราบผลการประเมินแล้ว", BODY, Align.LEFT);
            l.gap(6);
            signatures(l, List.of(new SignatureLine("ผู้รับการประเมิน", form.header().appraisee(), "")));
        } else {
            SummaryForm.Acknowledgement a = ack.get();
            l.paragraph(a.text(), BODY, Align.LEFT);
            if (!a.note().isEmpty()) {
                l.paragraph("หมายเหตุ: " + a.note(), BODY, Align.LEFT);
            }
            l.gap(6);
            List<SignatureLine> lines = new ArrayList<>();
            if (a.acknowledged()) {
                lines.add(a.appraisee());
            }
            a.notifier().ifPresent(lines::add);
            a.witness().ifPresent(lines::add);
            signatures(l, lines);
        }

        l.gap(8);
        l.keep(150);
        l.paragraph(text.text("ส่วนที่ 4 ความเห็นของผู้บังคับบัญชาเหนือขึ้นไป"), HEADING, Align.LEFT);
        if (form.review().isPresent()) {
            l.paragraph(form.review().get().opinion(), BODY, Align.LEFT);
            l.gap(6);
            signatures(l, List.of(form.review().get().reviewer()));
        } else {
            l.paragraph(DOTS + DOTS + DOTS, BODY, Align.LEFT);
            l.gap(6);
            signatures(l, List.of(new SignatureLine("ผู้บังคับบัญชาเหนือขึ้นไป", new Party("", "", "", ""), "")));
        }
        l.finish(form.title() + " " + form.header().agreement(), this::pageLabel, out);
    }

    private String pageLabel(int page, int pages) {
        return text.text("หน้า " + page + " / " + pages);
    }

    private void head(Layout l, String title, FormHeader h) {
        l.paragraph(title, TITLE, Align.CENTER);
        l.paragraph("ประจำปีงบประมาณ พ.ศ. " + h.fiscalYear() + "  " + h.round(), HEADING, Align.CENTER);
        l.gap(8);
        party(l, "ผู้รับการประเมิน", h.appraisee());
        party(l, "ผู้ประเมิน", h.evaluator());
        l.gap(6);
    }

    private static void party(Layout l, String role, Party p) {
        StringBuilder sb = new StringBuilder(role).append(": ").append(p.name());
        if (!p.position().isEmpty()) {
            sb.append("  ตำแหน่ง ").append(p.position());
        }
        if (!p.unit().isEmpty()) {
            sb.append("  สังกัด ").append(p.unit());
        }
        l.paragraph(sb.toString(), BODY, Align.LEFT);
    }

    /** Signature blocks side by side, two to a row, kept on one page. */
    private static void signatures(Layout l, List<SignatureLine> lines) {
        float w = l.width();
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i += 2) {
            List<Cell> row = new ArrayList<>();
            row.add(signature(lines.get(i)));
            row.add(i + 1 < lines.size() ? signature(lines.get(i + 1)) : Cell.of("", BODY, Align.CENTER));
            rows.add(row);
        }
        l.keep(rows.size() * 110f);
        l.table(new Layout.Table(new float[] {w / 2, w / 2}, List.of(), rows, false));
    }

    private static Cell signature(SignatureLine s) {
        Party p = s.party();
        List<Para> paras = new ArrayList<>();
        paras.add(new Para(" ", BODY, Align.CENTER));
        paras.add(new Para("ลงชื่อ " + DOTS + " " + s.role(), BODY, Align.CENTER));
        paras.add(new Para("(" + (p.name().isEmpty() ? DOTS : p.name()) + ")", BODY, Align.CENTER));
        paras.add(new Para("ตำแหน่ง " + (p.position().isEmpty() ? DOTS : p.position()), BODY, Align.CENTER));
        paras.add(new Para("วันที่ " + (s.signed() ? s.date() : DOTS), BODY, Align.CENTER));
        return new Cell(paras, 1, 1f);
    }
}
