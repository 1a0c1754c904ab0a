package appraisal.domain.port.in.evidence;

import appraisal.domain.model.agreement.EvidenceRef;
import appraisal.domain.model.shared.Require;

/** An evidence file to hand out: the reference that names it (name, media type) and its bytes. */
public record EvidenceDownload(EvidenceRef.File file, byte[] content) {
    public EvidenceDownload {
        Require.present(file, "file");
        Require.present(content, "content");
    }
}
