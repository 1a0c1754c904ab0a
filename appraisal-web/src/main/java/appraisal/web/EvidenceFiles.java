package appraisal.web;

import appraisal.domain.model.agreement.EvidenceRef;
import appraisal.domain.model.shared.DomainException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Evidence files kept in a directory beside the database, each under its SHA-256 ({@code ab/abcd…}),
 * so the same file uploaded twice is stored once and a file can be checked against the hash the
 * agreement records. The agreement keeps only the {@link EvidenceRef}; the bytes never pass through
 * the store, so backups of the database stay small and the directory is copied with it.
 */
public final class EvidenceFiles {

    /** The largest file accepted: under the server's default 1 MiB body, with room for the form's other fields. */
    public static final long MAX_BYTES = 900 * 1024;
    /** What may be uploaded, by file name ending: documents and photos offices send as evidence. */
    public static final Map<String, String> TYPES = Map.of("pdf", "application/pdf", "png", "image/png", "jpg", "image/jpeg",
            "jpeg", "image/jpeg", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "csv", "text/csv",
            "txt", "text/plain");
    private static final String URI_PREFIX = "evidence:sha256:";

    private final Path root;

    public EvidenceFiles(Path root) {
        this.root = root;
    }

    /** The directory for a store: {@code appraisal.db} keeps its evidence in {@code appraisal.db.evidence/}. */
    public static EvidenceFiles beside(String store) {
        if (store.startsWith("jdbc:") || store.contains("://")) {
            return new EvidenceFiles(Path.of("appraisal-evidence"));
        }
        return new EvidenceFiles(Path.of(store + ".evidence"));
    }

    public Path root() {
        return root;
    }

    /**
     * Keeps a file and answers its reference; refuses (nothing kept) an empty file, one over
     * {@link #MAX_BYTES}, or a type not in {@link #TYPES} — the name's ending and the content's
     * first bytes must agree for PDF and images.
     */
    public EvidenceRef keep(String fileName, byte[] content) {
        String name = Optional.ofNullable(fileName).map(n -> Path.of(n.replace('\\', '/')).getFileName())
                .map(Path::toString).orElse("").strip();
        if (name.isEmpty() || content.length == 0) {
            throw DomainException.invalid("evidence.empty", "the evidence file '" + name + "' is empty", "evidence");
        }
        if (content.length > MAX_BYTES) {
            throw DomainException.invalid("evidence.too-large", "the evidence file '" + name + "' has " + content.length
                    + " bytes; at most " + MAX_BYTES + " are accepted", "evidence");
        }
        String ending = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String type = TYPES.get(ending);
        if (type == null || !contentMatches(type, content)) {
            throw DomainException.invalid("evidence.bad-type", "the evidence file '" + name + "' is not one of PDF, PNG, JPEG, "
                    + "XLSX, CSV or text (by its name and content)", "evidence");
        }
        String sha = sha256(content);
        Path target = path(sha);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                Path part = target.resolveSibling(sha + ".part");
                Files.write(part, content);
                try {
                    Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep evidence in " + root, e);
        }
        return new EvidenceRef(name, URI_PREFIX + sha, sha, content.length, type);
    }

    /** The bytes of a kept file, checked against its hash; empty when it is not here. */
    public Optional<byte[]> read(String sha) {
        if (!sha.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        Path p = path(sha);
        if (!Files.isRegularFile(p)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(p);
            return sha256(bytes).equals(sha) ? Optional.of(bytes) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path path(String sha) {
        return root.resolve(sha.substring(0, 2)).resolve(sha);
    }

    private static boolean contentMatches(String type, byte[] c) {
        switch (type) {
            case "application/pdf":
                return starts(c, '%', 'P', 'D', 'F');
            case "image/png":
                return starts(c, 0x89, 'P', 'N', 'G');
            case "image/jpeg":
                return starts(c, 0xFF, 0xD8, 0xFF);
            case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
                return starts(c, 'P', 'K', 3, 4);
            default:
                return true;
        }
    }

    private static boolean starts(byte[] c, int... prefix) {
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

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
