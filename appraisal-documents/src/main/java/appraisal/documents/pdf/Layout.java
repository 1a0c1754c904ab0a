package appraisal.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Lays a form out on A4 pages, top to bottom: paragraphs, gaps and tables whose rows wrap their
 * text, move to the next page whole when they can and split line by line when they are taller
 * than a page, with the header rows repeated on every page a table continues on. Page numbers go
 * in the footer once the number of pages is known.
 */
final class Layout {

    static final float PAGE_WIDTH = PDRectangle.A4.getWidth();
    static final float PAGE_HEIGHT = PDRectangle.A4.getHeight();
    static final float LEFT = 56.7f;   // 2 cm, for binding
    static final float RIGHT = 42.5f;  // 1.5 cm
    static final float TOP = 42.5f;
    static final float BOTTOM = 56.7f;
    private static final float PAD = 4f;
    private static final float RULE = 0.6f;

    /** A text style: face and size; lines are 1.55 × the size apart, room for marks above and below. */
    record Style(Typeface face, float size) {
        float leading() {
            return size * 1.55f;
        }
    }

    enum Align { LEFT, CENTER, RIGHT }

    /** A paragraph in a cell. */
    record Para(String text, Style style, Align align) {
    }

    /** A table cell: its paragraphs, how many columns it spans and its shade (1 = white). */
    record Cell(List<Para> paras, int span, float shade) {
        Cell {
            paras = List.copyOf(paras);
        }

        static Cell of(String text, Style style, Align align) {
            return new Cell(List.of(new Para(text, style, align)), 1, 1f);
        }

        Cell spanning(int columns) {
            return new Cell(paras, columns, shade);
        }

        Cell shaded(float gray) {
            return new Cell(paras, span, gray);
        }
    }

    /** A table: column widths in points, header rows repeated on each page, body rows, ruled or not. */
    record Table(float[] widths, List<List<Cell>> header, List<List<Cell>> body, boolean ruled) {
    }

    private final PDDocument doc = new PDDocument();
    private final Fonts fonts = new Fonts(doc);
    private final List<PageContent> pages = new ArrayList<>();
    private PageContent page;
    /** Where the next thing starts, from the bottom of the page. */
    private float y;

    Layout() {
        newPage();
    }

    float width() {
        return PAGE_WIDTH - LEFT - RIGHT;
    }

    private void newPage() {
        page = new PageContent(fonts::of);
        pages.add(page);
        y = PAGE_HEIGHT - TOP;
    }

    private float room() {
        return y - BOTTOM;
    }

    void gap(float points) {
        y -= Math.min(points, room());
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void keep(float height) {
        if (height > room() && y < PAGE_HEIGHT - TOP) {
            newPage();
        }
    }

    void paragraph(String text, Style style, Align align) {
        for (String line : LineBreaker.wrap(style.face(), text, style.size(), width())) {
            if (style.leading() > room()) {
                newPage();
            }
            drawLine(line, style, align, LEFT, width(), y - style.size() * 1.15f);
            y -= style.leading();
        }
    }

    /** The height a paragraph would take. */
    float height(String text, Style style) {
        return LineBreaker.wrap(style.face(), text, style.size(), width()).size() * style.leading();
    }

    void table(Table t) {
        List<Block> header = new ArrayList<>();
        for (List<Cell> row : t.header()) {
            header.add(block(t, row));
        }
        float headerHeight = header.stream().map(Block::height).reduce(0f, Float::sum);
        // a table starts where its header and a first row's first lines fit
        keep(headerHeight + 3 * PAD + 30f);
        drawBlocks(t, header);
        for (List<Cell> row : t.body()) {
            Block b = block(t, row);
            if (b.height() > room() && y < PAGE_HEIGHT - TOP - headerHeight - 0.1f && b.height() <= PAGE_HEIGHT - TOP - BOTTOM - headerHeight) {
                newPage();
                drawBlocks(t, header);
            }
            while (b.height() > room()) {
                // taller than what is left even of a fresh page: as many lines as fit here, the rest on the next
                Block[] parts = b.split(room());
                if (parts[0] != null) {
                    drawBlock(t, parts[0]);
                }
                newPage();
                drawBlocks(t, header);
                b = parts[1];
            }
            drawBlock(t, b);
        }
    }

    private void drawBlocks(Table t, List<Block> blocks) {
        blocks.forEach(b -> drawBlock(t, b));
    }

    /** A row's cells with their text already broken into lines. */
    private record Block(List<CellLines> cells) {
        float height() {
            float h = 0;
            for (CellLines c : cells) {
                h = Math.max(h, c.height());
            }
            return h;
        }

        /** The part that fits in {@code room} points (null when no line does) and the rest. */
        Block[] split(float room) {
            List<CellLines> first = new ArrayList<>();
            List<CellLines> rest = new ArrayList<>();
            boolean any = false;
            for (CellLines c : cells) {
                int n = 0;
                float h = 2 * PAD;
                while (n < c.lines().size() && h + c.lines().get(n).style().leading() <= room) {
                    h += c.lines().get(n).style().leading();
                    n++;
                }
                any |= n > 0;
                first.add(new CellLines(c.x(), c.width(), c.shade(), c.lines().subList(0, n)));
                rest.add(new CellLines(c.x(), c.width(), c.shade(), c.lines().subList(n, c.lines().size())));
            }
            return new Block[] {any ? new Block(first) : null, new Block(rest)};
        }
    }

    private record Line(String text, Style style, Align align) {
    }

    private record CellLines(float x, float width, float shade, List<Line> lines) {
        float height() {
            float h = 2 * PAD;
            for (Line l : lines) {
                h += l.style().leading();
            }
            return h;
        }
    }

    private Block block(Table t, List<Cell> row) {
        List<CellLines> cells = new ArrayList<>();
        float x = LEFT;
        int column = 0;
        for (Cell cell : row) {
            float w = 0;
            for (int i = 0; i < cell.span(); i++) {
                w += t.widths()[column++];
            }
            List<Line> lines = new ArrayList<>();
            for (Para p : cell.paras()) {
                for (String line : LineBreaker.wrap(p.style().face(), p.text(), p.style().size(), w - 2 * PAD)) {
                    lines.add(new Line(line, p.style(), p.align()));
                }
            }
            cells.add(new CellLines(x, w, cell.shade(), lines));
            x += w;
        }
        return new Block(cells);
    }

    private void drawBlock(Table t, Block b) {
        float h = b.height();
        for (CellLines c : b.cells()) {
            if (c.shade() < 1f) {
                page.fill(c.x(), y - h, c.width(), h, c.shade());
            }
            if (t.ruled()) {
                page.rect(c.x(), y - h, c.width(), h, RULE);
            }
            float top = y - PAD;
            for (Line l : c.lines()) {
                drawLine(l.text(), l.style(), l.align(), c.x() + PAD, c.width() - 2 * PAD, top - l.style().size() * 1.15f);
                top -= l.style().leading();
            }
        }
        y -= h;
    }

    private void drawLine(String text, Style style, Align align, float x, float width, float baseline) {
        if (text.isEmpty()) {
            return;
        }
        Typeface.Shaped s = style.face().shape(text);
        float w = s.width(style.size());
        float at = switch (align) {
            case LEFT -> x;
            case CENTER -> x + (width - w) / 2;
            case RIGHT -> x + width - w;
        };
        page.text(s, at, baseline, style.size());
    }

    /**
     * Finishes the document: the footer of every page ({@code footer} on the left, the page
     * number as {@code pageLabel} makes it on the right), fonts cut to the glyphs used, and the
     * PDF written.
     */
    void finish(String footer, java.util.function.BiFunction<Integer, Integer, String> pageLabel, OutputStream out) throws IOException {
        Style small = new Style(Typeface.REGULAR, 9f);
        try (doc) {
            for (int i = 0; i < pages.size(); i++) {
                PageContent p = pages.get(i);
                page = p;
                float base = BOTTOM - 28f;
                drawLine(footer, small, Align.LEFT, LEFT, width(), base);
                drawLine(pageLabel.apply(i + 1, pages.size()), small, Align.RIGHT, LEFT, width(), base);
            }
            fonts.subset();
            for (PageContent p : pages) {
                PDPage pdPage = new PDPage(PDRectangle.A4);
                PDResources resources = new PDResources();
                fonts.addTo(resources);
                pdPage.setResources(resources);
                PDStream stream = new PDStream(doc);
                try (OutputStream s = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    s.write(p.bytes());
                }
                pdPage.setContents(stream);
                doc.addPage(pdPage);
            }
            doc.getDocumentInformation().setProducer("appraisal");
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            doc.save(buffer);
            buffer.writeTo(out);
        }
    }
}
