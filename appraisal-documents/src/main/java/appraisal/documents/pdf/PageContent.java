package appraisal.documents.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Function;

/**
 * The content stream of one page, written operator by operator: ruled lines and shaded boxes, and
 * shaped text placed glyph by glyph. PDFBox's own text operators encode characters, not the glyphs
 * shaping chose, hence this small writer.
 *
 * <p>Each line of text is marked with its characters as {@code /ActualText}, so copying or
 * extracting text gives the words as written even where shaping split or replaced glyphs (sara am,
 * tone marks moved over a vowel), which a glyph-to-character map alone cannot say.
 */
final class PageContent {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final Function<Typeface, Fonts.Embedded> fonts;

    PageContent(Function<Typeface, Fonts.Embedded> fonts) {
        this.fonts = fonts;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    void line(float x1, float y1, float x2, float y2, float width) {
        write(num(width) + " w " + num(x1) + " " + num(y1) + " m " + num(x2) + " " + num(y2) + " l S\n");
    }

    void rect(float x, float y, float w, float h, float width) {
        write(num(width) + " w " + num(x) + " " + num(y) + " " + num(w) + " " + num(h) + " re S\n");
    }

    void fill(float x, float y, float w, float h, float gray) {
        write(num(gray) + " g " + num(x) + " " + num(y) + " " + num(w) + " " + num(h) + " re f 0 g\n");
    }

    /** Draws shaped text with its left end at {@code x} and its baseline at {@code y}, at {@code size} points. */
    void text(Typeface.Shaped s, float x, float y, float size) {
        if (s.glyphs().length == 0) {
            return;
        }
        Fonts.Embedded font = fonts.apply(s.face());
        float scale = size / 1000f;
        StringBuilder sb = new StringBuilder();
        sb.append("/Span <</ActualText <FEFF").append(hex(s.text().getBytes(StandardCharsets.UTF_16BE))).append(">>> BDC\n");
        sb.append("BT /").append(font.name().getName()).append(' ').append(num(size)).append(" Tf\n");
        // A glyph is written where the pen already stands after the previous one (its advance as the
        // PDF font's widths say); anywhere else — marks, kerning — it is moved there first.
        float penX = Float.NaN;
        float penY = Float.NaN;
        boolean open = false;
        for (int i = 0; i < s.glyphs().length; i++) {
            int g = s.glyphs()[i];
            font.use(g);
            float gx = s.x()[i];
            float gy = s.y()[i];
            if (!open || Math.abs(gx - penX) > 0.5f || Math.abs(gy - penY) > 0.5f) {
                if (open) {
                    sb.append("> Tj\n");
                }
                sb.append("1 0 0 1 ").append(num(x + gx * scale)).append(' ').append(num(y + gy * scale)).append(" Tm <");
                open = true;
            }
            sb.append(hex(font.font().encodeGlyphId(g)));
            penX = gx + s.face().advance(g);
            penY = gy;
        }
        sb.append("> Tj\nET\nEMC\n");
        write(sb.toString());
    }

    private void write(String s) {
        out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
    }

    static String num(float v) {
        String s = String.format(Locale.ROOT, "%.3f", v);
        // trim zeros: shorter streams, same numbers
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String hex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return sb.toString().toUpperCase(Locale.ROOT);
    }
}
