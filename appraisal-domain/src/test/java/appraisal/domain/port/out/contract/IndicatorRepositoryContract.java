package appraisal.domain.port.out.contract;

import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.indicator.Indicator;
import appraisal.domain.model.indicator.IndicatorRef;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.IndicatorRepository;
import org.junit.jupiter.api.Test;

/**
 * What every {@link IndicatorRepository} does: versions read back equal, whatever criteria they
 * use; a stored version never changes; the latest version is the highest number, not the last saved.
 */
public abstract class IndicatorRepositoryContract {

    /** The repository under test, empty at the start of each test. */
    protected abstract IndicatorRepository repository();

    @Test
    void a_version_never_saved_is_not_found() {
        assertThat(repository().find(new IndicatorRef("CDD-1.1", 1))).isEmpty();
        assertThat(repository().latest("CDD-1.1")).isEmpty();
        assertThat(repository().allLatest()).isEmpty();
    }

    @Test
    void an_interpolated_indicator_reads_back_equal() {
        Indicator indicator = PortExamples.disbursement(1, "90");

        repository().save(indicator);

        assertThat(repository().find(indicator.ref())).contains(indicator);
    }

    @Test
    void an_indicator_using_every_kind_of_criterion_reads_back_equal_with_its_thai_text() {
        Indicator indicator = PortExamples.povertyPlan("CDD-2", 1);

        repository().save(indicator);

        Indicator stored = repository().find(indicator.ref()).orElseThrow();
        assertThat(stored).isEqualTo(indicator);
        assertThat(stored.title()).isEqualTo("การแก้ไขปัญหาความยากจนแบบบูรณาการ");
        assertThat(stored.level(5).text()).isEqualTo("เผยแพร่ข่าวตามขนาดสำนักงาน");
    }

    @Test
    void saving_a_stored_version_again_with_the_same_content_is_accepted() {
        repository().save(PortExamples.disbursement(1, "90"));

        repository().save(PortExamples.disbursement(1, "90"));

        assertThat(repository().find(new IndicatorRef("CDD-1.1", 1))).contains(PortExamples.disbursement(1, "90"));
    }

    @Test
    void saving_other_content_under_a_stored_version_is_refused_and_keeps_the_stored_one() {
        repository().save(PortExamples.disbursement(1, "90"));

        DomainException refusal = refusalOf(() -> repository().save(PortExamples.disbursement(1, "95")));

        assertThat(refusal.kind()).isEqualTo(DomainException.Kind.REFUSED);
        assertThat(refusal.code()).isEqualTo("indicator.version-exists");
        assertThat(repository().find(new IndicatorRef("CDD-1.1", 1))).contains(PortExamples.disbursement(1, "90"));
    }

    @Test
    void the_latest_version_is_the_highest_number_whatever_order_they_were_saved_in() {
        repository().save(PortExamples.disbursement(10, "99"));
        repository().save(PortExamples.disbursement(2, "92"));
        repository().save(PortExamples.disbursement(9, "95"));

        assertThat(repository().latest("CDD-1.1")).contains(PortExamples.disbursement(10, "99"));
        assertThat(repository().find(new IndicatorRef("CDD-1.1", 2))).contains(PortExamples.disbursement(2, "92"));
    }

    @Test
    void all_latest_has_the_latest_version_of_each_code_ordered_by_code() {
        repository().save(PortExamples.povertyPlan("CDD-2", 1));
        repository().save(PortExamples.disbursement(1, "90"));
        repository().save(PortExamples.povertyPlan("CDD-10", 3));
        repository().save(PortExamples.disbursement(2, "92"));
        repository().save(PortExamples.povertyPlan("CDD-2", 2));

        assertThat(repository().allLatest()).extracting(i -> i.ref().toString())
                .containsExactly("CDD-1.1@v2", "CDD-10@v3", "CDD-2@v2");
    }
}
