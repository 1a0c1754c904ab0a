package appraisal.cli;

import java.math.BigInteger;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Orders ids as people expect: {@code AG-2} before {@code AG-10}. */
enum NaturalOrder implements Comparator<String> {
    INSTANCE;

    private static final Pattern PART = Pattern.compile("\\d+|\\D+");

    @Override
    public int compare(String a, String b) {
        Matcher ma = PART.matcher(a);
        Matcher mb = PART.matcher(b);
        while (ma.find() && mb.find()) {
            String pa = ma.group();
            String pb = mb.group();
            boolean na = Character.isDigit(pa.charAt(0));
            boolean nb = Character.isDigit(pb.charAt(0));
            int c = na && nb ? new BigInteger(pa).compareTo(new BigInteger(pb)) : pa.compareTo(pb);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
