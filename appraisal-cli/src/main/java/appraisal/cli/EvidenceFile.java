package appraisal.cli;

import appraisal.domain.model.agreement.EvidenceRef;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A document named as evidence ({@code --evidence รายงาน=docs/t1.pdf}): the file is read here so
 * its SHA-256, size and media type are recorded with the result, and anyone can later check that
 * a file is the one reported. A web address cannot be checked that way, so it is refused with a
 * hint to download it first.
 */
final class EvidenceFile {

    private static final Map<String, String> MEDIA_TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"), Map.entry("gif", "image/gif"), Map.entry("txt", "text/plain"),
            Map.entry("csv", "text/csv"), Map.entry("zip", "application/zip"),
            Map.entry("doc", "application/msword"), Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation"));

    private EvidenceFile() {
    }

    /**
     * The evidence {@code name} at {@code location}: a path (relative to {@code base}) or a
     * {@code file:} URI. A usage error when it is a web address or cannot be read.
     */
    static EvidenceRef read(String name, String location, Path base) {
        Path file = resolve(location, base);
        if (!Files.isRegularFile(file)) {
            throw new CliException(ExitCode.USAGE, "evidence '" + name + "': no file " + location);
        }
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
                size = in.transferTo(OutputStream.nullOutputStream());
            }
            return new EvidenceRef(name, file.toAbsolutePath().normalize().toUri().toString(),
                    HexFormat.of().formatHex(sha256.digest()), size, mediaType(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evidence " + location + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Path resolve(String location, Path base) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:")) {
            throw new CliException(ExitCode.USAGE, "evidence " + location + " is a web address: download it and give the file, "
                    + "so its SHA-256 can be recorded");
        }
        try {
            return lower.startsWith("file:") ? Path.of(URI.create(location)) : base.resolve(location);
        } catch (IllegalArgumentException e) { // also InvalidPathException
            throw new CliException(ExitCode.USAGE, "evidence " + location + " is not a file path: " + e.getMessage());
        }
    }

    // The table first, so the same file gets the same media type on every machine.
    private static String mediaType(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String extension = fileName.contains(".") ? fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
        String known = MEDIA_TYPES.get(extension);
        if (known != null) {
            return known;
        }
        String probed = Files.probeContentType(file);
        return probed != null && probed.matches("[\\w.+-]+/[\\w.+-]+") ? probed : "application/octet-stream";
    }
}
