package appraisal.domain.port.out;

/**
 * Unguessable secrets for sessions, CSRF and tokens, and the fast one-way digest under which
 * they are stored (a high-entropy secret needs no slow hash).
 */
public interface SecretSource {

    /** A new random secret, URL-safe text of at least 256 bits. */
    String newSecret();

    /** A stable one-way digest of a secret, for storing and looking it up. */
    String digest(String secret);
}
