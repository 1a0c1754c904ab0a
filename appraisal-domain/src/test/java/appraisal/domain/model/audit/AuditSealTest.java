package appraisal.domain.model.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.org.PersonId;
import appraisal.domain.model.shared.DomainException;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class AuditSealTest {

    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final AuditSeal SEAL = AuditSeal.of(List.of(AuditKey.of(SECRET)), "test key");

    private static final DomainEvent EVENT = DomainEvent.of("agreement", "AG-7", 3, "agreement.reviewed", new PersonId("BRM-0001"),
            Instant.parse("2022-09-30T09:15:00.123456789Z"), Map.of("status", "ACKNOWLEDGED"),
            orderedMap("status", "REVIEWED", "opinion", "เห็นด้วย \"ทุกข้อ\" 😀"));

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    /** The canonical form exactly as the class comment describes it, written independently with java.io. */
    private static byte[] canonical(String previous, DomainEvent e) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (String s : List.of("appraisal-audit-1", previous, e.aggregateType(), e.aggregateId())) {
            text(out, s);
        }
        out.writeLong(e.version());
        text(out, e.type());
        text(out, e.actor().value());
        out.writeLong(e.at().getEpochSecond());
        out.writeLong(e.at().getNano());
        for (Map<String, String> fields : List.of(e.before(), e.after())) {
            out.writeLong(fields.size());
            for (Map.Entry<String, String> f : fields.entrySet()) {
                text(out, f.getKey());
                text(out, f.getValue());
            }
        }
        return bytes.toByteArray();
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        out.writeLong(s.length());
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void a_seal_is_the_first_16_bytes_of_the_hmac_sha256_of_the_canonical_form_as_documented() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET, "HmacSHA256"));
        String previous = "00112233445566778899aabbccddeeff";
        String expected = HexFormat.of().formatHex(mac.doFinal(canonical(previous, EVENT)), 0, 16);

        AuditSeal.Seal seal = SEAL.seal(previous, EVENT);

        assertThat(seal.value()).isEqualTo(expected).hasSize(32);
        assertThat(seal.keyId()).isEqualTo(AuditKey.of(SECRET).id()).hasSize(8);
    }

    @Test
    void any_change_to_the_event_or_its_place_changes_the_seal() {
        String seal = SEAL.seal(AuditSeal.START, EVENT).value();
        List<UnaryOperator<DomainEvent>> changes = List.of(
                e -> DomainEvent.of(e.aggregateType(), "AG-8", e.version(), e.type(), e.actor(), e.at(), e.before(), e.after()),
                e -> DomainEvent.of("person", e.aggregateId(), e.version(), e.type(), e.actor(), e.at(), e.before(), e.after()),
                e -> DomainEvent.of(e.aggregateType(), e.aggregateId(), 4, e.type(), e.actor(), e.at(), e.before(), e.after()),
                e -> DomainEvent.of(e.aggregateType(), e.aggregateId(), e.version(), "agreement.closed", e.actor(), e.at(), e.before(),
                        e.after()),
                e -> DomainEvent.of(e.aggregateType(), e.aggregateId(), e.version(), e.type(), new PersonId("BRM-0002"), e.at(),
                        e.before(), e.after()),
                e -> DomainEvent.of(e.aggregateType(), e.aggregateId(), e.version(), e.type(), e.actor(), e.at().plusNanos(1), e.before(),
                        e.after()),
                e -> DomainEvent.of(e.aggregateType(), e.aggregateId(), e.version(), e.type(), e.actor(), e.at(), Map.of(), e.after()),
                // The same fields in another order.
                e -> DomainEvent.of(e.aggregateType(), e.aggregateId(), e.version(), e.type(), e.actor(), e.at(), e.before(),
                        orderedMap("opinion", "เห็นด้วย \"ทุกข้อ\" 😀", "status", "REVIEWED")),
                // A value moved across the boundary of two texts.
                e -> DomainEvent.of(e.aggregateType(), e.aggregateId(), e.version(), e.type(), e.actor(), e.at(), e.before(),
                        orderedMap("status", "REVIEWEDopinion", "", "เห็นด้วย \"ทุกข้อ\" 😀")));

        for (UnaryOperator<DomainEvent> change : changes) {
            assertThat(SEAL.seal(AuditSeal.START, change.apply(EVENT)).value()).isNotEqualTo(seal);
        }
        assertThat(SEAL.seal("ff".repeat(16), EVENT).value()).as("another predecessor").isNotEqualTo(seal);
        assertThat(SEAL.seal(AuditSeal.START, EVENT).value()).as("the same event, the same seal").isEqualTo(seal);
    }

    @Test
    void a_stored_event_is_sound_changed_sealed_with_a_key_not_held_or_not_sealed() {
        AuditSeal.Seal seal = SEAL.seal(AuditSeal.START, EVENT);
        AuditSeal other = AuditSeal.of(List.of(AuditKey.of("another key of thirty-two bytes!".getBytes(StandardCharsets.US_ASCII))), "other");

        assertThat(SEAL.verify(SealedEvent.of(1, EVENT, AuditSeal.START, seal))).isEqualTo(AuditSeal.Verdict.SOUND);
        assertThat(SEAL.verify(SealedEvent.of(1, EVENT, "ab".repeat(16), seal))).isEqualTo(AuditSeal.Verdict.MISMATCH);
        assertThat(SEAL.verify(new SealedEvent(1, "agreement", "AG-7", Optional.empty(), "", seal.value(), seal.keyId())))
                .isEqualTo(AuditSeal.Verdict.MISMATCH);
        assertThat(other.verify(SealedEvent.of(1, EVENT, AuditSeal.START, seal))).isEqualTo(AuditSeal.Verdict.UNKNOWN_KEY);
        assertThat(SEAL.verify(new SealedEvent(1, "agreement", "AG-7", Optional.of(EVENT), "", "", ""))).isEqualTo(AuditSeal.Verdict.UNSEALED);
    }

    @Test
    void older_keys_verify_what_they_sealed_and_only_the_first_key_seals() {
        AuditKey old = AuditKey.of("the key the office had before it.".getBytes(StandardCharsets.US_ASCII));
        AuditSeal.Seal byOld = AuditSeal.of(List.of(old), "old").seal(AuditSeal.START, EVENT);
        AuditSeal ring = AuditSeal.of(List.of(AuditKey.of(SECRET), old), "ring");

        assertThat(ring.verify(SealedEvent.of(1, EVENT, AuditSeal.START, byOld))).isEqualTo(AuditSeal.Verdict.SOUND);
        assertThat(ring.seal(AuditSeal.START, EVENT).keyId()).isEqualTo(ring.currentKeyId()).isNotEqualTo(old.id());
    }

    @Test
    void a_key_is_never_shown_and_a_short_one_is_refused() {
        AuditKey key = AuditKey.of(SECRET);

        assertThat(key.toString()).isEqualTo("audit key " + key.id()).doesNotContain("0123456789");
        assertThat(SEAL.toString()).doesNotContain("0123456789");
        assertThatThrownBy(() -> AuditKey.of(new byte[15])).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("audit.short-key"));
    }
}
