package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.EvidenceContent;
import appraisal.domain.port.out.EvidenceStore;
import appraisal.domain.port.out.contract.EvidenceStoreContract;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The EvidenceStore contract on a directory, and how the files lie in it. */
class FileEvidenceStoreTest extends EvidenceStoreContract {

    @TempDir
    Path dir;

    private FileEvidenceStore files;

    @Override
    protected EvidenceStore store() {
        if (files == null) {
            files = new FileEvidenceStore(dir.resolve("appraisal.db.evidence"));
        }
        return files;
    }

    @Test
    void each_agreement_has_its_own_folder_and_a_file_is_named_by_its_sha256_and_kind() throws IOException {
        byte[] bytes = pdf("report");
        EvidenceContent content = EvidenceContent.of("r.pdf", bytes);

        store().keep(new AgreementId("AG-12"), content, bytes);
        store().keep(new AgreementId("../AG 12/ข"), content, bytes);

        Path root = dir.resolve("appraisal.db.evidence");
        assertThat(Files.readAllBytes(root.resolve("agreements/AG-12/" + content.sha256() + ".pdf"))).isEqualTo(bytes);
        try (Stream<Path> all = Files.walk(root)) {
            assertThat(all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()))
                    .as("an id that is not a plain name stays inside the folder, in hex")
                    .containsExactlyInAnyOrder("agreements/AG-12/" + content.sha256() + ".pdf",
                            "agreements/~2e2e2f41472031322fe0b882/" + content.sha256() + ".pdf");
        }
    }

    @Test
    void a_file_kept_before_files_were_kept_per_agreement_is_read_for_any_agreement_that_asks_but_counted_for_none() throws IOException {
        byte[] bytes = pdf("legacy");
        String sha = EvidenceContent.sha256(bytes);
        Path legacy = dir.resolve("appraisal.db.evidence").resolve(sha.substring(0, 2)).resolve(sha);
        Files.createDirectories(legacy.getParent());
        Files.write(legacy, bytes);

        assertThat(store().read(new AgreementId("AG-1"), sha)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
        assertThat(store().kept(new AgreementId("AG-1"))).isEmpty();
        assertThat(store().read(new AgreementId("AG-1"), "../../../../etc/passwd")).isEmpty();
    }

    @Test
    void half_written_and_foreign_files_in_a_folder_are_not_kept_evidence() throws IOException {
        Path folder = dir.resolve("appraisal.db.evidence/agreements/AG-1");
        Files.createDirectories(folder);
        Files.write(folder.resolve("ab".repeat(32) + ".0f1e.part"), new byte[] {1});
        Files.write(folder.resolve("notes.txt"), new byte[] {'a'});
        Files.write(folder.resolve("ab".repeat(32) + ".exe"), new byte[] {'M', 'Z'});

        assertThat(store().kept(new AgreementId("AG-1"))).isEmpty();
    }

    @Test
    void a_sqlite_store_keeps_its_evidence_beside_its_file() {
        assertThat(FileEvidenceStore.beside(StoreLocation.parse(dir.resolve("office.db").toString())).root())
                .isEqualTo(dir.resolve("office.db.evidence"));
    }
}
