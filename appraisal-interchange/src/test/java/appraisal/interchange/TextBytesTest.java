package appraisal.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import appraisal.domain.model.shared.DomainException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A file's bytes as the people who send them save them: UTF-8 from anywhere, Windows-874 from Thai Excel. */
class TextBytesTest {

    private static final String ROW = "id,name,kind\nBRM-LAMPLAIMAT,สำนักงานพัฒนาชุมชนอำเภอลำปลายมาศ,district\n";

    @Test
    void utf8_is_read_as_it_is_and_excel_s_byte_order_mark_is_dropped() {
        byte[] plain = ROW.getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[plain.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, withMark, 3, plain.length);

        assertThat(TextBytes.decode(plain, "units.csv")).isEqualTo(ROW);
        assertThat(TextBytes.decode(withMark, "units.csv")).isEqualTo(ROW);
    }

    @Test
    void a_csv_saved_by_thai_excel_in_windows_874_reads_as_the_same_thai_text_not_mojibake() {
        byte[] thaiExcel = ROW.getBytes(Charset.forName("x-windows-874"));

        assertThat(TextBytes.decode(thaiExcel, "units.csv")).isEqualTo(ROW);
    }

    @Test
    void bytes_that_are_neither_are_refused_naming_the_file_the_byte_and_how_to_save_it() {
        // 0xFC is malformed in UTF-8 and has no character in Windows-874
        byte[] bytes = "id,name\nX,".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xFC;

        DomainException refusal = catchThrowableOfType(DomainException.class, () -> TextBytes.decode(bad, "units.csv"));

        assertThat(refusal.code()).isEqualTo(TextBytes.CODE);
        assertThat(refusal.getMessage()).contains("units.csv", "byte " + bad.length, "0xFC", "CSV UTF-8");
    }
}
