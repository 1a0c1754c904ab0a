package appraisal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.agreement.EvidenceRef;
import appraisal.domain.model.shared.DomainException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsKeptOnceUnderItsSha256AndReadBackChecked() throws IOException {
        EvidenceFiles files = new EvidenceFiles(dir);
        byte[] pdf = "%PDF-1.4\nreport\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        EvidenceRef ref = files.keep("C:\\docs\\รายงาน.pdf", pdf);
        EvidenceRef again = files.keep("copy.pdf", pdf);

        // sha256sum of the same bytes
        assertThat(ref.sha256()).isEqualTo("f46bebb726c6658c769526dd1ac6f0b51eba7db23603c0e5681b5f27a946818d");
        assertThat(ref.uri()).isEqualTo("evidence:sha256:" + ref.sha256());
        assertThat(ref.name()).isEqualTo("รายงาน.pdf");
        assertThat(ref.mediaType()).isEqualTo("application/pdf");
        assertThat(ref.sizeBytes()).isEqualTo(pdf.length);
        assertThat(again.sha256()).isEqualTo(ref.sha256());
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile)).hasSize(1);
        }
        assertThat(files.read(ref.sha256())).hasValue(pdf);

        Files.write(dir.resolve(ref.sha256().substring(0, 2)).resolve(ref.sha256()), "tampered".getBytes(StandardCharsets.US_ASCII));
        assertThat(files.read(ref.sha256())).isEmpty();
        assertThat(files.read("../../etc/passwd")).isEmpty();
    }

    @Test
    void emptyOversizedOrMistypedFilesAreRefusedAndNothingIsKept() throws IOException {
        EvidenceFiles files = new EvidenceFiles(dir);
        assertThatThrownBy(() -> files.keep("a.pdf", new byte[0])).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("evidence.empty"));
        byte[] big = new byte[(int) EvidenceFiles.MAX_BYTES + 1];
        big[0] = '%'; big[1] = 'P'; big[2] = 'D'; big[3] = 'F';
        assertThatThrownBy(() -> files.keep("big.pdf", big)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("evidence.too-large"));
        assertThatThrownBy(() -> files.keep("run.exe", new byte[] {'M', 'Z'})).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("evidence.bad-type"));
        assertThatThrownBy(() -> files.keep("photo.png", "not a png".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("evidence.bad-type"));
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
