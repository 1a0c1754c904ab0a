package appraisal.domain.model.audit;

import appraisal.domain.model.shared.Require;
import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import com.google.common.io.BaseEncoding;
import java.util.Arrays;

/**
 * A secret that seals the audit trail ({@link AuditSeal}). It is kept outside the database, so
 * whoever can only change the database cannot seal an event they forge. Its id (the first four
 * bytes of its SHA-256, in hex) is stored with each event it sealed, so a check can tell an
 * event sealed with a key it does not hold from an event that was changed. The secret itself is
 * never shown, not even by {@link #toString()}.
 */
public final class AuditKey {

    /** The shortest secret accepted, in bytes; new keys have 32. */
    public static final int MIN_BYTES = 16;

    private final String id;
    private final HashFunction mac;

    private AuditKey(byte[] secret) {
        this.id = BaseEncoding.base16().lowerCase().encode(Hashing.sha256().hashBytes(secret).asBytes(), 0, 4);
        this.mac = Hashing.hmacSha256(secret);
    }

    /** A key of {@code secret} (copied), at least {@value #MIN_BYTES} bytes. */
    public static AuditKey of(byte[] secret) {
        Require.present(secret, "secret");
        Require.that(secret.length >= MIN_BYTES, "audit.short-key", "an audit key has at least " + MIN_BYTES
                + " bytes, got " + secret.length, "secret");
        return new AuditKey(Arrays.copyOf(secret, secret.length));
    }

    /** Eight hex digits naming the key, never the secret. */
    public String id() {
        return id;
    }

    HashFunction mac() {
        return mac;
    }

    @Override
    public String toString() {
        return "audit key " + id;
    }
}
