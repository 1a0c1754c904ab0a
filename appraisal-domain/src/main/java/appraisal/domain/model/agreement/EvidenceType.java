package appraisal.domain.model.agreement;

import appraisal.domain.model.shared.DomainException;
import com.google.common.base.Utf8;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The kinds of file kept as evidence: the documents and photos offices send. A file's kind is
 * decided by its name's ending <em>and</em> its bytes — a PDF must start as a PDF, a text file must
 * be UTF-8 without NUL bytes — so what a client claims about a file never decides what it is
 * served as. Anything else is refused.
 */
public enum EvidenceType {
    PDF("application/pdf", List.of("pdf"), Magic.PDF),
    PNG("image/png", List.of("png"), Magic.PNG),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), Magic.JPEG),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"), Magic.ZIP),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", List.of("xlsx"), Magic.ZIP),
    CSV("text/csv", List.of("csv"), Magic.TEXT),
    TEXT("text/plain", List.of("txt"), Magic.TEXT);

    private final String mediaType;
    private final List<String> endings;
    private final Magic magic;

    EvidenceType(String mediaType, List<String> endings, Magic magic) {
        this.mediaType = mediaType;
        this.endings = endings;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual ending of a file of this kind ({@code pdf}, {@code jpg}, …). */
    public String ending() {
        return endings.get(0);
    }

    /**
     * The kind of a file, from its name's ending checked against its first bytes; refused
     * ({@code evidence.bad-type}) when the ending is not one of ours or the bytes are not of that kind.
     */
    public static EvidenceType detect(String fileName, byte[] content) {
        String ending = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        for (EvidenceType type : values()) {
            if (type.endings.contains(ending)) {
                if (type.magic.matches(content)) {
                    return type;
                }
                throw DomainException.invalid("evidence.bad-type", "the evidence file '" + fileName + "' is named ." + ending
                        + " but its content is not " + type.name() + "; send the file itself, not a renamed one", "evidence");
            }
        }
        throw DomainException.invalid("evidence.bad-type", "the evidence file '" + fileName + "' is not one of "
                + Arrays.stream(values()).map(EvidenceType::name).collect(Collectors.joining(", "))
                + " (by its name's ending: " + Arrays.stream(values()).flatMap(t -> t.endings.stream()).map(e -> "." + e)
                .collect(Collectors.joining(" ")) + ")", "evidence");
    }

    /** The kind a kept file's media type names, if it is one of ours. */
    public static java.util.Optional<EvidenceType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }

    /** What the first bytes of a kind look like. */
    private enum Magic {
        PDF('%', 'P', 'D', 'F', '-'),
        PNG(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
        JPEG(0xFF, 0xD8, 0xFF),
        /** Office documents are ZIP files. */
        ZIP('P', 'K', 3, 4),
        /** UTF-8 text without NUL: no binary passes for a text file. */
        TEXT;

        private final int[] prefix;

        Magic(int... prefix) {
            this.prefix = prefix;
        }

        boolean matches(byte[] c) {
            if (this == TEXT) {
                for (byte b : c) {
                    if (b == 0) {
                        return false;
                    }
                }
                return Utf8.isWellFormed(c);
            }
            if (c.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((c[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
