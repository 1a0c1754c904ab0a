package appraisal.domain.fake;

import appraisal.domain.port.out.PasswordHasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A fake of {@link PasswordHasher} for use-case tests: salted like the real one (two hashes of one
 * password differ) but fast, and it counts how often it hashed and verified, which is how the
 * tests see that an unknown username costs the same slow check as a wrong password. Encodings
 * made with {@code fast-old$} need a rehash, as weaker settings would.
 */
public final class FastPasswordHasher implements PasswordHasher {

    private static final String CURRENT = "fast$";
    public static final String OLD = "fast-old$";

    private final AtomicInteger salts = new AtomicInteger();
    private final AtomicInteger hashes = new AtomicInteger();
    private final AtomicInteger verifications = new AtomicInteger();

    @Override
    public String hash(char[] password) {
        hashes.incrementAndGet();
        return encode(CURRENT, password);
    }

    /** A hash as an older, weaker setting would have made it. */
    public String oldHash(char[] password) {
        return encode(OLD, password);
    }

    private String encode(String scheme, char[] password) {
        String salt = "s" + salts.incrementAndGet();
        return scheme + salt + "$" + digest(salt, password);
    }

    @Override
    public boolean verify(char[] password, String encoded) {
        verifications.incrementAndGet();
        String[] parts = encoded.split("\\$");
        if (parts.length != 3 || !(encoded.startsWith(CURRENT) || encoded.startsWith(OLD))) {
            throw new IllegalArgumentException("not an encoding of this hasher");
        }
        return digest(parts[1], password).equals(parts[2]);
    }

    @Override
    public boolean needsRehash(String encoded) {
        return encoded.startsWith(OLD);
    }

    private static String digest(String salt, char[] password) {
        return Hashing.sha256().hashString(salt + ":" + new String(password), StandardCharsets.UTF_8).toString();
    }

    public int hashes() {
        return hashes.get();
    }

    public int verifications() {
        return verifications.get();
    }
}
