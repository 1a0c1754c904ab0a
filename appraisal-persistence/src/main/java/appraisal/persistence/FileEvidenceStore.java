package appraisal.persistence;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.EvidenceContent;
import appraisal.domain.model.agreement.EvidenceType;
import appraisal.domain.port.out.EvidenceStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Evidence files in a directory beside the database, one folder per agreement:
 * {@code agreements/AG-12/<sha256>.pdf}. The folder is the agreement's: a file is found only
 * through the agreement it was kept for, and the files of a folder are what the quota counts. The
 * ending records the media type the domain worked out from the bytes. Bytes are written to a
 * {@code .part} file and moved into place, so a reader never sees half a file.
 *
 * <p>Files uploaded before evidence was kept per agreement lie under their SHA-256 alone
 * ({@code ab/abcd…}); {@link #read} still finds them for an agreement whose results named them then
 * (the use case asks only for files the agreement names), and {@link #kept} does not count them.
 */
public final class FileEvidenceStore implements EvidenceStore {

    private static final Pattern KEPT = Pattern.compile("([0-9a-f]{64})\\.([a-z]+)");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern PLAIN_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final Path root;

    public FileEvidenceStore(Path root) {
        this.root = root;
    }

    /**
     * The directory for a store: a SQLite file {@code appraisal.db} keeps its evidence in
     * {@code appraisal.db.evidence/}; a PostgreSQL store in {@code appraisal-evidence/} of the
     * working directory.
     */
    public static FileEvidenceStore beside(StoreLocation location) {
        if (location.dialect() == Dialect.SQLITE) {
            Path file = location.sqliteFile();
            return new FileEvidenceStore(file.resolveSibling(file.getFileName() + ".evidence"));
        }
        return new FileEvidenceStore(Path.of("appraisal-evidence"));
    }

    public Path root() {
        return root;
    }

    @Override
    public List<EvidenceContent> kept(AgreementId agreement) {
        Path folder = folder(agreement);
        List<EvidenceContent> out = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return out;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path f : files) {
                Matcher m = KEPT.matcher(f.getFileName().toString());
                Optional<EvidenceType> type = m.matches() ? typeOf(m.group(2)) : Optional.empty();
                if (type.isPresent() && Files.isRegularFile(f)) {
                    out.add(new EvidenceContent(m.group(1), Files.size(f), type.get().mediaType()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the evidence of " + agreement + " in " + folder, e);
        }
        out.sort(Comparator.comparing(EvidenceContent::sha256));
        return out;
    }

    @Override
    public void keep(AgreementId agreement, EvidenceContent content, byte[] bytes) {
        EvidenceType type = EvidenceType.ofMediaType(content.mediaType()).orElseThrow(() -> new IllegalArgumentException(
                "evidence of media type " + content.mediaType() + " is not kept"));
        Path target = folder(agreement).resolve(content.sha256() + "." + type.ending());
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path part = target.resolveSibling(content.sha256() + "." + UUID.randomUUID() + ".part");
            Files.write(part, bytes);
            try {
                // Replacing is harmless: a file kept meanwhile under this name has the same bytes.
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep evidence of " + agreement + " in " + target.getParent(), e);
        }
    }

    @Override
    public Optional<byte[]> read(AgreementId agreement, String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path folder = folder(agreement);
        for (EvidenceType type : EvidenceType.values()) {
            Optional<byte[]> bytes = bytes(folder.resolve(sha256 + "." + type.ending()));
            if (bytes.isPresent()) {
                return bytes;
            }
        }
        return bytes(root.resolve(sha256.substring(0, 2)).resolve(sha256));
    }

    private static Optional<byte[]> bytes(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evidence " + file, e);
        }
    }

    /** The agreement's folder: its id as it is when that is a plain name, else {@code ~} and the id's UTF-8 bytes in hex. */
    private Path folder(AgreementId agreement) {
        String id = agreement.value();
        String name = PLAIN_ID.matcher(id).matches() ? id : "~" + HexFormat.of().formatHex(id.getBytes(StandardCharsets.UTF_8));
        return root.resolve("agreements").resolve(name);
    }

    private static Optional<EvidenceType> typeOf(String ending) {
        for (EvidenceType t : EvidenceType.values()) {
            if (t.ending().equals(ending.toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
