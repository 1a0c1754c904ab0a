package appraisal.domain.port.out;

/**
 * A slow, salted password hash (PBKDF2-HMAC-SHA256 with at least 600,000 iterations, or
 * Argon2id). The encoding carries the algorithm and its parameters so that stronger settings can
 * be introduced while old hashes still verify.
 */
public interface PasswordHasher {

    String hash(char[] password);

    boolean verify(char[] password, String encoded);

    /** True when the encoding uses weaker parameters than this hasher would now choose. */
    boolean needsRehash(String encoded);
}
