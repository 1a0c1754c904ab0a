package appraisal.http.security;

import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.PasswordHasher;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Passwords hashed with PBKDF2-HMAC-SHA256 (the JDK's own, so no native library), 600,000
 * iterations (OWASP's figure for this algorithm), a 16-byte random salt and a 32-byte key,
 * encoded as {@code pbkdf2-sha256$600000$<salt base64>$<hash base64>} (standard Base64 without
 * padding). The iterations travel with each hash, so raising them later leaves old hashes
 * verifiable and {@link #needsRehash} says which to replace at the next sign-in. Hashes are compared
 * in constant time. One hash takes about half a second on a 2-core server: that is the point.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

    public static final String SCHEME = "pbkdf2-sha256";
    public static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BYTES = 32;
    /** Far above any setting we would choose, so a forged encoding cannot make one check take hours. */
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public Pbkdf2PasswordHasher() {
        this(ITERATIONS);
    }

    /** With another number of iterations: for tests of rehashing, never below 1. */
    Pbkdf2PasswordHasher(int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations must be at least 1");
        }
        this.iterations = iterations;
    }

    @Override
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations, KEY_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(key);
    }

    @Override
    public boolean verify(char[] password, String encoded) {
        Encoding e = Encoding.parse(encoded);
        byte[] actual = derive(password, e.salt(), e.iterations(), e.hash().length);
        return MessageDigest.isEqual(actual, e.hash());
    }

    @Override
    public boolean needsRehash(String encoded) {
        return Encoding.parse(encoded).iterations() < iterations;
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bytes) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bytes * 8);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            // Every Java 17 runtime ships PBKDF2WithHmacSHA256; without it no password can be checked.
            throw new IllegalStateException("this Java runtime cannot compute " + ALGORITHM, e);
        } finally {
            spec.clearPassword();
        }
    }

    /** The parts of an encoded hash. */
    record Encoding(int iterations, byte[] salt, byte[] hash) {

        static Encoding parse(String encoded) {
            String[] parts = encoded == null ? new String[0] : encoded.split("\\$", -1);
            if (parts.length != 4 || !parts[0].equals(SCHEME)) {
                throw bad("it is not of the form " + SCHEME + "$<iterations>$<salt>$<hash>");
            }
            int iterations;
            try {
                iterations = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                throw bad("the iterations '" + parts[1] + "' are not a number");
            }
            if (iterations < 1 || iterations > MAX_ITERATIONS) {
                throw bad("the iterations " + iterations + " are outside 1.." + MAX_ITERATIONS);
            }
            byte[] salt = decode(parts[2], "salt");
            byte[] hash = decode(parts[3], "hash");
            if (salt.length < 8 || hash.length < 16) {
                throw bad("the salt or the hash is too short (" + salt.length + " and " + hash.length + " bytes)");
            }
            return new Encoding(iterations, salt, hash);
        }

        private static byte[] decode(String text, String what) {
            try {
                return Base64.getDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                throw bad("the " + what + " is not Base64");
            }
        }

        private static DomainException bad(String why) {
            return DomainException.invalid("account.bad-password-hash", "a stored password hash cannot be read: " + why
                    + "; the account's password must be set again", "passwordHash");
        }

        @Override
        public String toString() {
            return "Encoding[" + iterations + " iterations]";
        }
    }
}
