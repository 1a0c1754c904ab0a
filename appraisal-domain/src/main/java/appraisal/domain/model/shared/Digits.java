package appraisal.domain.model.shared;

/**
 * ASCII digits in fixed places of a text, read without a pattern or a formatter: the dates and
 * instants this program writes are read back in bulk (a department's round holds hundreds of
 * thousands), and a regular expression or {@code DateTimeFormatter} per value was a visible part
 * of reading one.
 */
public final class Digits {

    private Digits() {
    }

    /** Whether every character of {@code text} from {@code from} (inclusive) to {@code to} is an ASCII digit. */
    public static boolean at(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** The number the ASCII digits of {@code text} from {@code from} to {@code to} spell (check them with {@link #at} first). */
    public static int value(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + (text.charAt(i) - '0');
        }
        return n;
    }

    /** Whether {@code text} starts with a date written {@code yyyy-mm-dd} in ASCII digits (whether it is a real date is not checked). */
    public static boolean isoDateAt(String text) {
        return text.length() >= 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && at(text, 0, 4) && at(text, 5, 7)
                && at(text, 8, 10);
    }
}
