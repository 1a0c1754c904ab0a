package appraisal.domain.model.access;

import appraisal.domain.model.shared.DomainException;
import java.util.Locale;

/**
 * What a new password must be: at least {@value #MIN_LENGTH} characters (counted as a person
 * counts them, so Thai text counts per character), at most {@value #MAX_LENGTH}, not only blanks,
 * and not the username (in any case). Length is what protects a password from guessing; rules on
 * character classes are left out on purpose (they make passwords harder to remember, not to guess).
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 1024;

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks the policy ({@code account.weak-password}, INVALID, field {@code password}). */
    public static void check(String username, char[] password) {
        String text = new String(password);
        int length = text.codePointCount(0, text.length());
        if (length < MIN_LENGTH) {
            throw weak("a password needs at least " + MIN_LENGTH + " characters, this one has " + length
                    + "; a few unrelated words make a long one that is easy to remember");
        }
        if (length > MAX_LENGTH) {
            throw weak("a password may have at most " + MAX_LENGTH + " characters, this one has " + length);
        }
        if (text.isBlank()) {
            throw weak("a password cannot be only spaces");
        }
        if (text.strip().toLowerCase(Locale.ROOT).equals(username.strip().toLowerCase(Locale.ROOT))) {
            throw weak("a password cannot be the username; choose another");
        }
    }

    private static DomainException weak(String message) {
        return DomainException.invalid("account.weak-password", message, "password");
    }
}
