package appraisal.domain.model.agreement;

import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.shared.Require;
import com.google.common.hash.Hashing;
import java.util.regex.Pattern;

/**
 * What the bytes of an evidence file are, as the server computes them from the bytes themselves:
 * their SHA-256, their size and their media type. A client's word for any of these is never taken.
 */
public record EvidenceContent(String sha256, long sizeBytes, String mediaType) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public EvidenceContent {
        Require.that(sha256 != null && SHA256.matcher(sha256).matches(), "evidence.bad-sha256", "sha256 must be 64 lowercase hex digits",
                "sha256");
        Require.that(sizeBytes >= 0, "evidence.bad-size", "size must not be negative, got " + sizeBytes, "sizeBytes");
        mediaType = Require.text(mediaType, "mediaType");
    }

    /**
     * The content of an uploaded file: refused when it is empty ({@code evidence.empty}) or not a
     * kind of file kept as evidence ({@code evidence.bad-type}, see {@link EvidenceType}).
     */
    public static EvidenceContent of(String fileName, byte[] bytes) {
        if (bytes.length == 0) {
            throw DomainException.invalid("evidence.empty", "the evidence file '" + fileName + "' is empty", "evidence");
        }
        EvidenceType type = EvidenceType.detect(fileName, bytes);
        return new EvidenceContent(sha256(bytes), bytes.length, type.mediaType());
    }

    /** The SHA-256 of some bytes, as 64 lowercase hex digits. */
    public static String sha256(byte[] bytes) {
        return Hashing.sha256().hashBytes(bytes).toString();
    }
}
