package appraisal.domain.model.audit;

import appraisal.domain.model.shared.Require;
import com.google.common.collect.ImmutableMap;
import com.google.common.io.BaseEncoding;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The chaining rule of the audit trail: each event is sealed with a keyed hash (HMAC-SHA-256,
 * the first 16 bytes in hex) of the seal of the event before it in its aggregate's trail and of
 * its own canonical form. Whoever changes, removes or adds an event without the key leaves a seal
 * that does not match or an event whose predecessor is gone, and {@link
 * appraisal.domain.model.store.AuditTrailIntegrity} names it.
 *
 * <p>The canonical form is the event's fields in a fixed order, each text as its length (in UTF-16
 * code units) and its UTF-8 bytes, each number in 8 bytes (big-endian): the format tag {@value #FORMAT}, the previous seal, aggregate type
 * and id, version, type, actor, the instant (seconds and nanoseconds), then the before and after
 * fields (their count, then each name and value in the order recorded). So any change of a value,
 * of the order of the fields, or of the event's place in its trail changes the seal, while how a
 * database spells the same values (JSON spacing, the text of an instant) does not.
 *
 * <p>One chain per aggregate, not one for the whole store: appending then reads only the last
 * seal of the aggregates it touches, never a store-wide head that every writer of every instance
 * would have to wait for. Two appends to the same aggregate at once (possible on PostgreSQL for an
 * account's sign-ins; never for an agreement, whose version check lets only one of them commit)
 * may both follow the same event: the check accepts such a fork, since both seals are genuine.
 *
 * <p>The keys: new events are sealed with the first; the others (keys used before, e.g. an
 * office's key after its backup was restored into a department's store) only verify.
 */
public final class AuditSeal {

    /** What the first event of an aggregate names as its predecessor. */
    public static final String START = "";

    /** Tags the canonical form, so a later form can never be mistaken for this one. */
    static final String FORMAT = "appraisal-audit-1";

    private static final int SEAL_BYTES = 16;

    /** A seal made: the key's id and the seal's text. */
    public record Seal(String keyId, String value) {
    }

    /** What a stored event's seal says about it. */
    public enum Verdict {
        /** Sealed with a key held here, and the seal matches the event and its predecessor. */
        SOUND,
        /** Sealed with a key held here, but the seal does not match (or the row no longer reads as an event). */
        MISMATCH,
        /** Sealed with a key not held here: it cannot be verified. */
        UNKNOWN_KEY,
        /** No seal at all: it was not appended by this program. */
        UNSEALED
    }

    private final AuditKey current;
    private final ImmutableMap<String, AuditKey> keys;
    private final String source;

    private AuditSeal(AuditKey current, ImmutableMap<String, AuditKey> keys, String source) {
        this.current = current;
        this.keys = keys;
        this.source = source;
    }

    /**
     * A seal with {@code keys}: the first seals, all verify. {@code source} says where they are kept
     * (a file), for the messages of a check that meets an event sealed with another key.
     */
    public static AuditSeal of(List<AuditKey> keys, String source) {
        Require.nonEmpty(keys, "keys");
        Map<String, AuditKey> byId = new LinkedHashMap<>();
        keys.forEach(k -> byId.putIfAbsent(k.id(), k));
        return new AuditSeal(keys.get(0), ImmutableMap.copyOf(byId), Require.text(source, "source"));
    }

    /** Seals {@code event}, which follows the event sealed {@code previous} ({@link #START} for an aggregate's first). */
    public Seal seal(String previous, DomainEvent event) {
        Require.present(previous, "previous");
        Require.present(event, "event");
        return new Seal(current.id(), mac(current, previous, event));
    }

    /** Whether {@code stored} is what was sealed. */
    public Verdict verify(SealedEvent stored) {
        if (stored.seal().isEmpty() || stored.keyId().isEmpty()) {
            return Verdict.UNSEALED;
        }
        AuditKey key = keys.get(stored.keyId());
        if (key == null) {
            return Verdict.UNKNOWN_KEY;
        }
        if (stored.event().isEmpty()) {
            return Verdict.MISMATCH;
        }
        return mac(key, stored.previous(), stored.event().get()).equals(stored.seal()) ? Verdict.SOUND : Verdict.MISMATCH;
    }

    /** The id of the key new events are sealed with. */
    public String currentKeyId() {
        return current.id();
    }

    /** Where the keys are kept, for people. */
    public String source() {
        return source;
    }

    private static String mac(AuditKey key, String previous, DomainEvent e) {
        Canonical c = new Canonical();
        c.text(FORMAT);
        c.text(previous);
        c.text(e.aggregateType());
        c.text(e.aggregateId());
        c.number(e.version());
        c.text(e.type());
        c.text(e.actor().value());
        c.number(e.at().getEpochSecond());
        c.number(e.at().getNano());
        c.fields(e.before());
        c.fields(e.after());
        return BaseEncoding.base16().lowerCase().encode(key.mac().hashBytes(c.bytes, 0, c.length).asBytes(), 0, SEAL_BYTES);
    }

    /**
     * The canonical form in bytes, hashed at once rather than fed to the MAC value by value: checking
     * a trail hashes every field of every event, and a call into the MAC per character would cost
     * more than the hashing itself.
     */
    private static final class Canonical {
        private byte[] bytes = new byte[512];
        private int length;

        void number(long n) {
            room(8);
            for (int shift = 56; shift >= 0; shift -= 8) {
                bytes[length++] = (byte) (n >>> shift);
            }
        }

        // Length first, so no two different lists of texts make the same bytes; then UTF-8 (the domain sees no charsets).
        void text(String s) {
            number(s.length());
            room(3 * s.length());
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (ch < 0x80) {
                    bytes[length++] = (byte) ch;
                } else if (ch < 0x800) {
                    bytes[length++] = (byte) (0xc0 | ch >>> 6);
                    bytes[length++] = (byte) (0x80 | ch & 0x3f);
                } else if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    int cp = Character.toCodePoint(ch, s.charAt(++i));
                    bytes[length++] = (byte) (0xf0 | cp >>> 18);
                    bytes[length++] = (byte) (0x80 | cp >>> 12 & 0x3f);
                    bytes[length++] = (byte) (0x80 | cp >>> 6 & 0x3f);
                    bytes[length++] = (byte) (0x80 | cp & 0x3f);
                } else {
                    // Thai and the rest of the basic plane (a lone surrogate too, as itself).
                    bytes[length++] = (byte) (0xe0 | ch >>> 12);
                    bytes[length++] = (byte) (0x80 | ch >>> 6 & 0x3f);
                    bytes[length++] = (byte) (0x80 | ch & 0x3f);
                }
            }
        }

        void fields(Map<String, String> fields) {
            number(fields.size());
            fields.forEach((name, value) -> {
                text(name);
                text(value);
            });
        }

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(2 * bytes.length, length + more));
            }
        }
    }

    @Override
    public String toString() {
        return "audit seal with key " + current.id() + (keys.size() > 1 ? " (and " + (keys.size() - 1) + " older)" : "") + " from " + source;
    }
}
