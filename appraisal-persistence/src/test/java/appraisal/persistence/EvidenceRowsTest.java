package appraisal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.EvidenceRef;
import appraisal.domain.model.agreement.ItemId;
import appraisal.domain.port.out.contract.PortExamples;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Evidence rows written before files and links were told apart (any URI, a hash the client made
 * up, any name) still read, as what they can safely be.
 */
class EvidenceRowsTest {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.SQLITE);

    @Test
    void an_earlier_versions_rows_read_as_links_when_they_are_web_addresses_and_as_files_otherwise() {
        Agreement a = PortExamples.richlyEvaluated("agr-legacy");
        fresh.store().agreements().save(a);
        String file = "UPDATE evidence SET name = ?, uri = ? WHERE agreement_id = 'agr-legacy' AND item_id = '1' AND ordinal = ?";
        fresh.store().writeJdbi().useHandle(h -> {
            // A link posted with a made-up hash, size and type.
            h.execute(file, "ประกาศ", "https://buriram.cdd.go.th/news/7", 0);
            // A javascript: "link" and a name with path separators and a NUL.
            h.execute(file, "../../etc/passwd\u0000.pdf", "javascript:alert(document.cookie)", 1);
        });

        List<EvidenceRef> read = fresh.store().agreements().find(a.id()).orElseThrow().result(new ItemId("1")).orElseThrow().evidence();

        assertThat(read.get(0)).isEqualTo(new EvidenceRef.Link("ประกาศ", "https://buriram.cdd.go.th/news/7"));
        assertThat(read.get(1)).isInstanceOfSatisfying(EvidenceRef.File.class, f -> {
            assertThat(f.name()).isEqualTo("..-..-etc-passwd.pdf");
            assertThat(f.uri()).isEqualTo("evidence:sha256:" + f.sha256());
        });
        assertThat(read.get(2)).isInstanceOf(EvidenceRef.Link.class);
    }
}
