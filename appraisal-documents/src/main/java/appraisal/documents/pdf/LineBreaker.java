package appraisal.documents.pdf;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Breaks text into lines that fit a width. Thai is written without spaces between words, so
 * where a line may break comes from the JDK's dictionary-based Thai line iterator; a word wider
 * than the line is broken between characters (whole clusters: never between a consonant and its
 * marks). A line break in the text always starts a new line.
 */
final class LineBreaker {

    private static final Locale THAI = Locale.forLanguageTag("th");

    private LineBreaker() {
    }

    static List<String> wrap(Typeface face, String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(face, paragraph.strip(), size, width * 1000f / size, lines);
        }
        return lines;
    }

    private static void wrapParagraph(Typeface face, String text, float size, float width, List<String> lines) {
        if (text.isEmpty()) {
            lines.add("");
            return;
        }
        // Widths come from one shaping of the whole paragraph; break points are cluster boundaries,
        // where shaping does not reach across, so prefix widths measured there hold for the parts.
        Typeface.Shaped shaped = face.shape(text);
        BreakIterator words = BreakIterator.getLineInstance(THAI);
        words.setText(text);
        int start = 0;
        int lastFit = -1;
        for (int end = words.next(); end != BreakIterator.DONE; end = words.next()) {
            if (measure(shaped, text, start, end) <= width) {
                lastFit = end;
                continue;
            }
            if (lastFit > start) {
                lines.add(text.substring(start, lastFit).strip());
                start = skipSpaces(text, lastFit);
                lastFit = -1;
                // the segment that did not fit starts the new line: look at it again
                if (measure(shaped, text, start, end) <= width) {
                    lastFit = end;
                    continue;
                }
            }
            start = breakWithin(shaped, text, start, end, width, lines);
            lastFit = end;
        }
        if (start < text.length()) {
            lines.add(text.substring(start).strip());
        }
    }

    /** A word wider than the line, cut between clusters; returns where the unplaced rest starts. */
    private static int breakWithin(Typeface.Shaped shaped, String text, int start, int end, float width, List<String> lines) {
        BreakIterator clusters = BreakIterator.getCharacterInstance(THAI);
        clusters.setText(text);
        int lineStart = start;
        int last = start;
        for (int c = clusters.following(start); c != BreakIterator.DONE && c <= end; c = clusters.next()) {
            if (measure(shaped, text, lineStart, c) > width && last > lineStart) {
                lines.add(text.substring(lineStart, last).strip());
                lineStart = last;
            }
            last = c;
        }
        return lineStart;
    }

    private static float measure(Typeface.Shaped shaped, String text, int from, int to) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return shaped.xAt(end) - shaped.xAt(from);
    }

    private static int skipSpaces(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
