package appraisal.domain.model.agreement;

import appraisal.domain.model.shared.Require;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A document or link that backs a result. The domain keeps only the reference; the content's
 * SHA-256 lets anyone check later that the file is the one that was reported.
 */
public record EvidenceRef(String name, String uri, String sha256, long sizeBytes, String mediaType) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern MEDIA_TYPE = Pattern.compile("[\\w.+-]+/[\\w.+-]+");

    public EvidenceRef {
        name = Require.text(name, "name");
        uri = Require.text(uri, "uri");
        sha256 = Require.text(sha256, "sha256").toLowerCase(Locale.ROOT);
        Require.that(SHA256.matcher(sha256).matches(), "evidence.bad-sha256",
                "evidence '" + name + "': sha256 must be 64 hex digits", "sha256");
        Require.that(sizeBytes >= 0, "evidence.bad-size",
                "evidence '" + name + "': size must not be negative, got " + sizeBytes, "sizeBytes");
        mediaType = Require.text(mediaType, "mediaType");
        Require.that(MEDIA_TYPE.matcher(mediaType).matches(), "evidence.bad-media-type",
                "evidence '" + name + "': media type must look like type/subtype, got '" + mediaType + "'", "mediaType");
    }
}
