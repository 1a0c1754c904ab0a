package appraisal.documents.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One bundled TrueType face (Sarabun regular or bold) and the shaping of text in it.
 *
 * <p>Thai needs shaping: tone marks must move up over an upper vowel, vowels shift left under the
 * tall consonants, sara am splits into nikhahit and sara aa, and ญ/ฐ lose their tails over a lower
 * vowel. The JDK's own text layout ({@link Font#layoutGlyphVector}, HarfBuzz inside) applies the
 * font's OpenType tables and gives glyph ids and positions; the PDF then places those glyphs by id
 * exactly there, so what prints is what the font's designers intended.
 */
public final class Typeface {

    public static final Typeface REGULAR = load("Sarabun-Regular.ttf");
    public static final Typeface BOLD = load("Sarabun-Bold.ttf");

    /** Text is laid out at 1000 units to the em, the unit of PDF glyph space, and scaled when drawn. */
    private static final float LAYOUT_SIZE = 1000f;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final String file;
    private final byte[] bytes;
    private final Font font;
    /** Each glyph's advance width in thousandths of an em, as the PDF font's widths will say. */
    private final float[] advances;

    private Typeface(String file, byte[] bytes, Font font, float[] advances) {
        this.file = file;
        this.bytes = bytes;
        this.font = font;
        this.advances = advances;
    }

    private static Typeface load(String file) {
        try (InputStream in = Typeface.class.getResourceAsStream("/appraisal/documents/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("the font " + file + " is missing from the jar");
            }
            byte[] bytes = in.readAllBytes();
            Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes)).deriveFont(LAYOUT_SIZE);
            float[] advances;
            try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                int n = ttf.getNumberOfGlyphs();
                float perEm = ttf.getUnitsPerEm();
                advances = new float[n];
                for (int g = 0; g < n; g++) {
                    advances[g] = ttf.getAdvanceWidth(g) * 1000f / perEm;
                }
            }
            return new Typeface(file, bytes, font, advances);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + file, e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the font " + file + " is not a TrueType font", e);
        }
    }

    /** The font file, for embedding. */
    InputStream open() {
        return new ByteArrayInputStream(bytes);
    }

    String file() {
        return file;
    }

    /** A glyph's advance in thousandths of an em. */
    float advance(int glyph) {
        return glyph < advances.length ? advances[glyph] : 0f;
    }

    /** Shapes one line of text (no line breaks in it). */
    public Shaped shape(String text) {
        char[] chars = text.toCharArray();
        GlyphVector gv = font.layoutGlyphVector(FRC, chars, 0, chars.length, Font.LAYOUT_LEFT_TO_RIGHT);
        int n = gv.getNumGlyphs();
        int[] glyphs = new int[n];
        float[] x = new float[n];
        float[] y = new float[n];
        int[] charIndex = new int[n];
        for (int i = 0; i < n; i++) {
            glyphs[i] = gv.getGlyphCode(i);
            Point2D p = gv.getGlyphPosition(i);
            x[i] = (float) p.getX();
            y[i] = (float) -p.getY(); // Java 2D's y grows downwards, PDF's upwards
            charIndex[i] = gv.getGlyphCharIndex(i);
        }
        float width = (float) gv.getGlyphPosition(n).getX();
        return new Shaped(this, text, glyphs, x, y, charIndex, width);
    }

    /**
     * Shaped text, in thousandths of an em: glyph ids with their positions from the start of the
     * line, the character each glyph came from, and the line's advance width.
     */
    public record Shaped(Typeface face, String text, int[] glyphs, float[] x, float[] y, int[] charIndex, float width) {

        /** The width at {@code size} points. */
        public float width(float size) {
            return width * size / 1000f;
        }

        /** Where the glyphs of characters from {@code offset} on begin: the width of the text before it. */
        float xAt(int offset) {
            float at = width;
            for (int i = 0; i < glyphs.length; i++) {
                if (charIndex[i] >= offset && x[i] < at) {
                    at = x[i];
                }
            }
            return at;
        }
    }
}
