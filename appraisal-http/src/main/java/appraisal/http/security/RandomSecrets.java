package appraisal.http.security;

import appraisal.domain.port.out.SecretSource;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Secrets for session cookies, CSRF tokens and bearer tokens: 32 bytes (256 bits) from
 * {@link SecureRandom}, as URL-safe Base64 without padding (43 characters). They are stored as
 * their SHA-256 in hex: a secret that random needs no salt or slow hash, and a digest lets the
 * store find it with an index.
 */
public final class RandomSecrets implements SecretSource {

    private static final int BYTES = 32;

    private final SecureRandom random = new SecureRandom();

    @Override
    public String newSecret() {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public String digest(String secret) {
        // Guava's SHA-256 clones a prepared digest instead of looking the algorithm up each time (every request with a token asks).
        return Hashing.sha256().hashString(secret, StandardCharsets.UTF_8).toString();
    }
}
