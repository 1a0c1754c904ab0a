package appraisal.domain.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.EvidenceContent;
import appraisal.domain.model.agreement.EvidenceType;
import appraisal.domain.port.out.EvidenceStore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link EvidenceStore} does: files kept per agreement, found only through the agreement they were kept for. */
public abstract class EvidenceStoreContract {

    static final AgreementId MINE = new AgreementId("AG-1");
    static final AgreementId THEIRS = new AgreementId("AG-2");

    /** The store under test, empty at the start of each test. */
    protected abstract EvidenceStore store();

    /** A PDF whose bytes say {@code text}. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void nothing_kept_is_neither_listed_nor_read() {
        assertThat(store().kept(MINE)).isEmpty();
        assertThat(store().read(MINE, "ab".repeat(32))).isEmpty();
    }

    @Test
    void a_kept_file_is_listed_and_read_back_whole_through_its_agreement_only() {
        byte[] bytes = pdf("รายงานผลการเบิกจ่าย");
        EvidenceContent content = EvidenceContent.of("report.pdf", bytes);

        store().keep(MINE, content, bytes);

        assertThat(store().kept(MINE)).containsExactly(content);
        assertThat(store().read(MINE, content.sha256())).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
        assertThat(store().kept(THEIRS)).isEmpty();
        assertThat(store().read(THEIRS, content.sha256())).as("another agreement's file, by its SHA-256").isEmpty();
    }

    @Test
    void keeping_the_same_file_again_keeps_it_once_and_two_agreements_keep_their_own_copies() {
        byte[] bytes = pdf("same");
        EvidenceContent content = EvidenceContent.of("a.pdf", bytes);

        store().keep(MINE, content, bytes);
        store().keep(MINE, content, bytes);
        store().keep(THEIRS, content, bytes);

        assertThat(store().kept(MINE)).containsExactly(content);
        assertThat(store().kept(THEIRS)).containsExactly(content);
    }

    @Test
    void every_kind_of_evidence_is_listed_with_its_size_and_media_type_by_sha256() {
        List<EvidenceContent> kept = new ArrayList<>();
        byte[][] samples = {pdf("x"), {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1}, {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 2},
                {'P', 'K', 3, 4, 5}, {'P', 'K', 3, 4, 6}, "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8),
                "บันทึก\n".getBytes(StandardCharsets.UTF_8)};
        EvidenceType[] types = EvidenceType.values();
        for (int i = 0; i < types.length; i++) {
            EvidenceContent c = EvidenceContent.of("file." + types[i].ending(), samples[i]);
            store().keep(MINE, c, samples[i]);
            kept.add(c);
        }

        kept.sort(Comparator.comparing(EvidenceContent::sha256));
        assertThat(store().kept(MINE)).containsExactlyElementsOf(kept);
        assertThat(kept).extracting(EvidenceContent::mediaType).hasSize(types.length).doesNotHaveDuplicates();
    }
}
