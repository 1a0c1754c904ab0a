package appraisal.domain.model.thai;

import appraisal.domain.model.shared.DomainException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Thai digits (เลขไทย ๐–๙) in and out. Input anywhere may use Thai or Arabic digits; official
 * documents may print Thai ones.
 */
public final class ThaiDigits {

    private static final char THAI_ZERO = '๐';
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    private ThaiDigits() {
    }

    /** The text with every Thai digit replaced by its Arabic digit. */
    public static String toArabic(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= THAI_ZERO && c <= THAI_ZERO + 9 ? (char) ('0' + (c - THAI_ZERO)) : c);
        }
        return out.toString();
    }

    /** The text with every Arabic digit replaced by its Thai digit. */
    public static String toThai(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '0' && c <= '9' ? (char) (THAI_ZERO + (c - '0')) : c);
        }
        return out.toString();
    }

    /** Whether the text contains a Thai digit. */
    public static boolean hasThaiDigits(String text) {
        return text.chars().anyMatch(c -> c >= THAI_ZERO && c <= THAI_ZERO + 9);
    }

    /**
     * Reads a decimal written with Thai or Arabic digits and optional thousands separators, e.g.
     * {@code ๑๐,๐๓๓} or {@code 98.00}; the scale written is kept.
     */
    public static BigDecimal parseDecimal(String text) {
        String arabic = toArabic(text.strip());
        if (!DECIMAL.matcher(arabic).matches()) {
            throw DomainException.invalid("number.unreadable",
                    "cannot read '" + text + "' as a number; write it like 98.5, 10,033 or ๙๘.๕", "");
        }
        return new BigDecimal(arabic.replace(",", ""));
    }
}
