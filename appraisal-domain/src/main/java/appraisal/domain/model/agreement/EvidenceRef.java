package appraisal.domain.model.agreement;

import appraisal.domain.model.shared.DomainException;
import appraisal.domain.model.shared.Require;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A document or link that backs a result (หลักฐาน). The domain keeps only the reference: a
 * {@link File} kept for the agreement, named by the SHA-256 of its bytes (with their size and
 * kind as the server computed them), or a {@link Link} to an {@code https:} or {@code http:}
 * address. A name is what people see; it never reaches a file system.
 */
public sealed interface EvidenceRef permits EvidenceRef.File, EvidenceRef.Link {

    /** The longest name, in characters. */
    int MAX_NAME = 200;

    /** What people see, such as the file's name. */
    String name();

    /** The URI that names it: a link's address, or {@code evidence:sha256:…} for a kept file. */
    String uri();

    /**
     * A file kept for the agreement whose result names it: the SHA-256 of its bytes, their size
     * and their media type, each computed from the bytes when the file was uploaded.
     */
    record File(String name, String sha256, long sizeBytes, String mediaType) implements EvidenceRef {

        private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
        private static final Pattern MEDIA_TYPE = Pattern.compile("[\\w.+-]+/[\\w.+-]+");
        /** The scheme of a kept file's URI. */
        public static final String URI_PREFIX = "evidence:sha256:";

        public File {
            name = checkedName(name);
            sha256 = Require.text(sha256, "sha256").toLowerCase(Locale.ROOT);
            Require.that(SHA256.matcher(sha256).matches(), "evidence.bad-sha256",
                    "evidence '" + name + "': sha256 must be 64 hex digits", "sha256");
            Require.that(sizeBytes >= 0, "evidence.bad-size",
                    "evidence '" + name + "': size must not be negative, got " + sizeBytes, "sizeBytes");
            mediaType = Require.text(mediaType, "mediaType");
            Require.that(MEDIA_TYPE.matcher(mediaType).matches(), "evidence.bad-media-type",
                    "evidence '" + name + "': media type must look like type/subtype, got '" + mediaType + "'", "mediaType");
        }

        /**
         * The name an uploaded file is known by: the last part of what the client sent as its file
         * name (browsers may send a whole path), made {@link EvidenceRef#tidyName tidy};
         * {@code evidence.bad-name} when no name was sent.
         */
        public static String uploadedName(String sent) {
            String raw = sent == null ? "" : sent;
            String last = raw.substring(Math.max(raw.lastIndexOf('/'), raw.lastIndexOf('\\')) + 1);
            if (last.codePoints().allMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
                throw DomainException.invalid("evidence.bad-name", "an uploaded evidence file needs a file name, got '" + shown(raw) + "'",
                        "name");
            }
            return tidyName(last);
        }

        /** A file named {@code name} whose bytes are {@code content}. */
        public static File of(String name, EvidenceContent content) {
            return new File(name, content.sha256(), content.sizeBytes(), content.mediaType());
        }

        @Override
        public String uri() {
            return URI_PREFIX + sha256;
        }

        /** What the bytes are, without the name. */
        public EvidenceContent content() {
            return new EvidenceContent(sha256, sizeBytes, mediaType);
        }
    }

    /**
     * A link to a document elsewhere. Only {@code https:} and {@code http:} addresses: a page shows
     * a link to everyone who may see the agreement, and any other scheme ({@code javascript:},
     * {@code data:}, {@code file:}, a relative path) would run or open something in their browser
     * that is not a document on the web.
     */
    record Link(String name, String uri) implements EvidenceRef {

        /** The longest address, in characters. */
        public static final int MAX_URI = 2000;
        // A scheme, "//", a host of at least one character, then anything without spaces or control characters.
        private static final Pattern WEB = Pattern.compile("(?i)https?://[^\\s/?#\\\\@]+(?:[/?#][^\\s\\\\]*)?");

        public Link {
            name = checkedName(name);
            uri = Require.text(uri, "uri");
            Require.that(uri.length() <= MAX_URI && WEB.matcher(uri).matches() && uri.codePoints().noneMatch(Character::isISOControl),
                    "evidence.bad-link", "evidence '" + name + "': a link must be an https: or http: address with a host, such as "
                            + "https://www.cdd.go.th/report.pdf (at most " + MAX_URI + " characters), got '" + shown(uri) + "'", "uri");
        }
    }

    /**
     * A name as people see it: at most {@link #MAX_NAME} characters, with neither control
     * characters (NUL among them) nor path separators, so it is safe as a download's file name.
     */
    private static String checkedName(String name) {
        String n = Require.text(name, "name");
        if (n.codePoints().anyMatch(c -> Character.isISOControl(c) || c == '/' || c == '\\')) {
            throw DomainException.invalid("evidence.bad-name", "the evidence name '" + shown(n) + "' has a path separator (/ or \\) or "
                    + "a control character; name it without them (e.g. รายงาน 0019-2565.pdf)", "name");
        }
        if (n.codePointCount(0, n.length()) > MAX_NAME) {
            throw DomainException.invalid("evidence.bad-name", "the evidence name '" + shown(n).substring(0, 40) + "…' is longer than "
                    + MAX_NAME + " characters", "name");
        }
        return n;
    }

    /**
     * Any text made a name that {@link File} and {@link Link} accept: control characters dropped,
     * path separators made {@code -}, cut to {@link #MAX_NAME} characters keeping a short ending,
     * {@code หลักฐาน} when nothing is left. For names stored before they were checked, and for
     * uploaded files' names (after {@link File#uploadedName}).
     */
    static String tidyName(String any) {
        StringBuilder kept = new StringBuilder();
        (any == null ? "" : any).codePoints().filter(c -> !Character.isISOControl(c))
                .forEach(c -> kept.appendCodePoint(c == '/' || c == '\\' ? '-' : c));
        String n = kept.toString().strip();
        if (n.isEmpty()) {
            return "หลักฐาน";
        }
        if (n.codePointCount(0, n.length()) > MAX_NAME) {
            int dot = n.lastIndexOf('.');
            String ending = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
            n = n.substring(0, n.offsetByCodePoints(0, MAX_NAME - ending.codePointCount(0, ending.length()))) + ending;
        }
        return n;
    }

    /** Text to quote in a message: control characters shown as {@code ?}, cut at 100 characters. */
    private static String shown(String text) {
        StringBuilder b = new StringBuilder();
        text.codePoints().limit(100).forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return b.toString();
    }
}
