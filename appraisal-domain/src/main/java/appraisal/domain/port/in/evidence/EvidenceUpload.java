package appraisal.domain.port.in.evidence;

import appraisal.domain.model.shared.Require;

/**
 * A file uploaded as evidence: the name the client sent for it and its bytes, nothing else the
 * client claims. The use case works out what the bytes are. {@code name} is what people see
 * (empty: the file's name), such as a label given on the command line.
 */
public record EvidenceUpload(String name, String fileName, byte[] content) {

    public EvidenceUpload {
        name = name == null ? "" : name.strip();
        fileName = fileName == null ? "" : fileName;
        Require.present(content, "content");
    }

    /** A file shown by its own name. */
    public static EvidenceUpload of(String fileName, byte[] content) {
        return new EvidenceUpload("", fileName, content);
    }
}
