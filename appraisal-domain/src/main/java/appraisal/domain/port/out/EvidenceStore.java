package appraisal.domain.port.out;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.EvidenceContent;
import java.util.List;
import java.util.Optional;

/**
 * Keeps the bytes of evidence files, each agreement's apart from every other's: a file is found
 * only through the agreement it was kept for. What the bytes are ({@link EvidenceContent}) is
 * computed by the domain before they reach the store.
 */
public interface EvidenceStore {

    /** What is kept for the agreement, by SHA-256; empty when nothing is. */
    List<EvidenceContent> kept(AgreementId agreement);

    /**
     * Keeps {@code bytes} for the agreement under {@code content}'s SHA-256; keeping the same
     * content again changes nothing. The bytes are whole once this returns (never half a file).
     */
    void keep(AgreementId agreement, EvidenceContent content, byte[] bytes);

    /** The bytes kept for the agreement under this SHA-256, if any (never another agreement's). */
    Optional<byte[]> read(AgreementId agreement, String sha256);
}
