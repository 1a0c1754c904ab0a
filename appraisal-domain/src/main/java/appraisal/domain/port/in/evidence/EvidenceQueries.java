package appraisal.domain.port.in.evidence;

import appraisal.domain.model.agreement.AgreementId;
import java.util.Optional;

/** Evidence files, read through the agreement whose results name them. */
public interface EvidenceQueries {

    /**
     * The file with this SHA-256 that the agreement's results name, with its bytes as kept for
     * that agreement (checked against the SHA-256); empty when the agreement names no such file or
     * its bytes are not kept for it. Whether the caller may see the agreement is the adapter's
     * question, asked first.
     */
    Optional<EvidenceDownload> evidenceFile(AgreementId agreement, String sha256);
}
