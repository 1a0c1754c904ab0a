package appraisal.cli;

import appraisal.domain.model.agreement.EvidenceRef;
import appraisal.domain.port.in.evidence.EvidenceUpload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Evidence named on the command line ({@code --evidence รายงาน=docs/t1.pdf}, or a results file's
 * {@code evidence_name,evidence_uri}): a web address is a link; anything else is a file, read here
 * and uploaded with the result, so the agreement keeps its own copy and the server works out its
 * SHA-256, size and type from the bytes.
 */
record EvidenceFile(EvidenceRef.Link link, EvidenceUpload upload) {

    /** A URI's scheme: two characters at least, so that C:\docs is a Windows path. */
    private static final Pattern URI_SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]+:");

    /**
     * The evidence {@code name} at {@code location}: an {@code https:}/{@code http:} address, a path
     * (relative to {@code base}) or a {@code file:} URI. A usage error when the file cannot be read.
     */
    static EvidenceFile read(String name, String location, Path base) {
        String lower = location.toLowerCase(Locale.ROOT);
        if (URI_SCHEME.matcher(location).lookingAt() && !lower.startsWith("file:")) {
            // A link, which the domain takes only as https: or http: (javascript:, data:… are refused there, with the reason).
            return new EvidenceFile(new EvidenceRef.Link(name, location), null);
        }
        Path file = resolve(location, base);
        if (!Files.isRegularFile(file)) {
            throw new CliException(ExitCode.USAGE, "evidence '" + name + "': no file " + location);
        }
        try {
            return new EvidenceFile(null, new EvidenceUpload(name, file.getFileName().toString(), Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evidence " + location + ": " + e.getMessage(), e);
        }
    }

    /** What people see it as. */
    String name() {
        return link != null ? link.name() : upload.name();
    }

    private static Path resolve(String location, Path base) {
        try {
            return location.toLowerCase(Locale.ROOT).startsWith("file:") ? Path.of(URI.create(location)) : base.resolve(location);
        } catch (IllegalArgumentException e) { // also InvalidPathException
            throw new CliException(ExitCode.USAGE, "evidence " + location + " is not a file path or an https: address: " + e.getMessage());
        }
    }
}
