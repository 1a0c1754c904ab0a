package appraisal.documents.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The faces one document uses, each embedded once as a Type 0 font with a TrueType CID font
 * inside, subset to the glyphs drawn, under one resource name shared by every page.
 */
final class Fonts {

    /** An embedded face: the PDF font, its resource name and the glyphs drawn with it. */
    record Embedded(PDType0Font font, COSName name, Set<Integer> glyphs) {
        void use(int glyph) {
            glyphs.add(glyph);
        }
    }

    private final PDDocument doc;
    private final Map<Typeface, Embedded> embedded = new LinkedHashMap<>();

    Fonts(PDDocument doc) {
        this.doc = doc;
    }

    Embedded of(Typeface face) {
        return embedded.computeIfAbsent(face, f -> {
            try {
                PDType0Font font = PDType0Font.load(doc, f.open(), true);
                return new Embedded(font, COSName.getPDFName("F" + (embedded.size() + 1)), new HashSet<>());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot embed the font " + f.file(), e);
            }
        });
    }

    /** Every embedded font, under its name, for a page's resources. */
    void addTo(PDResources resources) {
        embedded.values().forEach(e -> resources.put(e.name(), e.font()));
    }

    /** Cuts each font down to the glyphs drawn; once, after the last page. */
    void subset() throws IOException {
        for (Embedded e : embedded.values()) {
            e.font().addGlyphsToSubset(e.glyphs());
            e.font().subset();
        }
    }
}
