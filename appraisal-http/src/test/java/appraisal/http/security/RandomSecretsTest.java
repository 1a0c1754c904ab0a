package appraisal.http.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Secrets are 256 random bits, URL-safe; their digest is SHA-256 in hex. */
class RandomSecretsTest {

    private final RandomSecrets secrets = new RandomSecrets();

    @Test
    void a_secret_is_32_random_bytes_as_url_safe_base64_and_never_repeats() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String secret = secrets.newSecret();
            assertThat(secret).hasSize(43).matches("[A-Za-z0-9_-]+");
            assertThat(Base64.getUrlDecoder().decode(secret)).hasSize(32);
            seen.add(secret);
        }
        assertThat(seen).hasSize(1_000);
    }

    @Test
    void the_digest_is_sha_256_in_lower_case_hex_and_stable() {
        assertThat(secrets.digest("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String secret = secrets.newSecret();
        assertThat(secrets.digest(secret)).isEqualTo(secrets.digest(secret)).hasSize(64).doesNotContain(secret);
    }
}
