package appraisal.http.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import appraisal.domain.model.shared.DomainException;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** PBKDF2 hashes verify the right password only, are salted, and say what they are made of. */
class Pbkdf2PasswordHasherTest {

    private static final char[] PASSWORD = "ลำปลายมาศ-2565 pass".toCharArray();
    /** Fewer iterations where the count does not matter, so the tests stay quick. */
    private final Pbkdf2PasswordHasher quick = new Pbkdf2PasswordHasher(1_000);

    @Test
    void a_hash_with_the_full_600000_iterations_verifies_its_password_and_refuses_another() {
        Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher();

        String encoded = hasher.hash(PASSWORD);

        assertThat(encoded).startsWith("pbkdf2-sha256$600000$");
        assertThat(hasher.verify(PASSWORD, encoded)).isTrue();
        assertThat(hasher.verify("ลำปลายมาศ-2565 pasS".toCharArray(), encoded)).isFalse();
        assertThat(hasher.needsRehash(encoded)).isFalse();
    }

    @Test
    void the_encoding_holds_a_16_byte_salt_and_a_32_byte_key_and_never_the_password() {
        String encoded = quick.hash(PASSWORD);
        String[] parts = encoded.split("\\$");

        assertThat(parts).hasSize(4);
        assertThat(parts[0]).isEqualTo("pbkdf2-sha256");
        assertThat(parts[1]).isEqualTo("1000");
        assertThat(Base64.getDecoder().decode(parts[2])).hasSize(16);
        assertThat(Base64.getDecoder().decode(parts[3])).hasSize(32);
        assertThat(encoded).doesNotContain(new String(PASSWORD)).doesNotContain("=");
    }

    @Test
    void two_hashes_of_the_same_password_differ_and_both_verify() {
        String one = quick.hash(PASSWORD);
        String two = quick.hash(PASSWORD);

        assertThat(one).isNotEqualTo(two);
        assertThat(quick.verify(PASSWORD, one)).isTrue();
        assertThat(quick.verify(PASSWORD, two)).isTrue();
    }

    @Test
    void a_hash_with_fewer_iterations_than_now_still_verifies_and_needs_a_rehash() {
        String old = quick.hash(PASSWORD);
        Pbkdf2PasswordHasher stronger = new Pbkdf2PasswordHasher(2_000);

        assertThat(stronger.verify(PASSWORD, old)).isTrue();
        assertThat(stronger.needsRehash(old)).isTrue();
        assertThat(quick.needsRehash(stronger.hash(PASSWORD))).isFalse();
    }

    @Test
    void a_changed_hash_salt_or_iteration_count_no_longer_verifies() {
        String encoded = quick.hash(PASSWORD);
        String[] parts = encoded.split("\\$");
        byte[] hash = Base64.getDecoder().decode(parts[3]);
        hash[0] ^= 1;
        String flippedHash = parts[0] + "$" + parts[1] + "$" + parts[2] + "$" + Base64.getEncoder().withoutPadding().encodeToString(hash);
        String otherIterations = parts[0] + "$1001$" + parts[2] + "$" + parts[3];
        String otherSalt = parts[0] + "$" + parts[1] + "$" + quick.hash(PASSWORD).split("\\$")[2] + "$" + parts[3];

        assertThat(quick.verify(PASSWORD, flippedHash)).isFalse();
        assertThat(quick.verify(PASSWORD, otherIterations)).isFalse();
        assertThat(quick.verify(PASSWORD, otherSalt)).isFalse();
    }

    @Test
    void an_encoding_that_is_not_one_of_ours_is_refused_clearly() {
        String good = quick.hash(PASSWORD);
        String[] p = good.split("\\$");

        for (String bad : new String[] {"", "plain-password", "bcrypt$10$abc$def", p[0] + "$many$" + p[2] + "$" + p[3],
                p[0] + "$0$" + p[2] + "$" + p[3], p[0] + "$2000000000$" + p[2] + "$" + p[3], p[0] + "$" + p[1] + "$not base64!$" + p[3],
                p[0] + "$" + p[1] + "$" + p[2] + "$" + p[3] + "$extra", p[0] + "$" + p[1] + "$$" + p[3]}) {
            DomainException refusal = catchThrowableOfType(DomainException.class, () -> quick.verify(PASSWORD, bad));

            assertThat(refusal).as(bad).isNotNull();
            assertThat(refusal.code()).isEqualTo("account.bad-password-hash");
            assertThat(refusal.getMessage()).contains("cannot be read").contains("set again");
        }
    }
}
