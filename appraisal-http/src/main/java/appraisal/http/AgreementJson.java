package appraisal.http;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementSnapshot;
import appraisal.domain.model.interchange.AgreementCodec;
import appraisal.interchange.TreeText;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.nio.charset.StandardCharsets;

/**
 * Agreements in the interchange format as JSON text, the one way the API writes an agreement.
 * The text of the agreements last written is kept: a server answers the same agreement many
 * times between two changes, and encoding it was a good part of a read. A kept text is used only
 * for an agreement whose snapshot equals the one it was written from, so a change (or anything
 * else that would change the text) is written anew.
 */
final class AgreementJson {

    /** How many agreements' text is kept (a few KB each). */
    static final int KEPT = 2_000;

    private record Kept(AgreementSnapshot snapshot, byte[] json) {
    }

    private final AgreementCodec codec;
    private final TreeText trees;
    private final Cache<AgreementId, Kept> kept = CacheBuilder.newBuilder().maximumSize(KEPT).build();

    AgreementJson(AgreementCodec codec, TreeText trees) {
        this.codec = codec;
        this.trees = trees;
    }

    /** The agreement's document as UTF-8 JSON; callers must not change the array. */
    byte[] of(Agreement agreement) {
        AgreementSnapshot snapshot = agreement.snapshot();
        Kept known = kept.getIfPresent(agreement.id());
        if (known != null && known.snapshot().equals(snapshot)) {
            return known.json();
        }
        byte[] json = trees.writeCompact(codec.write(agreement)).getBytes(StandardCharsets.UTF_8);
        kept.put(agreement.id(), new Kept(snapshot, json));
        return json;
    }

    /** The same, as text, to embed in a larger answer (a list). */
    String text(Agreement agreement) {
        return new String(of(agreement), StandardCharsets.UTF_8);
    }
}
