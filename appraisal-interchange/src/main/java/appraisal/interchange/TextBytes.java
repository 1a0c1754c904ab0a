package appraisal.interchange;

import appraisal.domain.model.shared.DomainException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The text of a file a person gives (a CSV, a rubric, a plan), from its bytes: UTF-8, with or
 * without the byte-order mark Excel writes, or Windows-874 (TIS-620 with Microsoft's additions),
 * which Thai Windows and Excel's plain "CSV" save by default. Bytes that are neither are refused,
 * naming the first one, rather than read as mojibake that would then be stored as names.
 */
public final class TextBytes {

    /** The code of a file that is neither UTF-8 nor Windows-874. */
    public static final String CODE = "text.encoding";

    private static final Charset WINDOWS_874 = Charset.forName("x-windows-874");

    private TextBytes() {
    }

    /** The text of {@code bytes}, read from {@code source} (a file name, for the message). */
    public static String decode(byte[] bytes, String source) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return strict(StandardCharsets.UTF_8).decode(in).toString();
        } catch (CharacterCodingException notUtf8) {
            int bad = firstBadByte(bytes, start);
            try {
                return strict(WINDOWS_874).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException notThai) {
                throw DomainException.invalid(CODE, source + " is neither UTF-8 (byte " + (bad + 1) + " is 0x"
                        + Integer.toHexString(bytes[bad] & 0xFF).toUpperCase(java.util.Locale.ROOT)
                        + ") nor Thai Windows-874: save it as \"CSV UTF-8\" (or UTF-8 text) and try again", "file");
            }
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** Where UTF-8 decoding first fails, for the message. */
    private static int firstBadByte(byte[] bytes, int start) {
        CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }
}
