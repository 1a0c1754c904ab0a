package appraisal.domain.port.out.contract;

import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.round.EvidenceQuota;
import appraisal.domain.model.round.ReviewPolicy;
import appraisal.domain.model.round.Round;
import appraisal.domain.model.round.RoundSettings;
import appraisal.domain.model.round.RoundId;
import appraisal.domain.port.out.RoundRepository;
import com.google.common.collect.ImmutableList;
import org.junit.jupiter.api.Test;

/** What every {@link RoundRepository} does: rounds read back with their deadlines, scheme and settings; a save replaces. */
public abstract class RoundRepositoryContract {

    /** The repository under test, empty at the start of each test. */
    protected abstract RoundRepository repository();

    @Test
    void a_round_never_saved_is_not_found() {
        assertThat(repository().find(new RoundId("2565-2"))).isEmpty();
        assertThat(repository().all()).isEmpty();
    }

    @Test
    void a_round_reads_back_with_its_deadlines_in_order_and_its_own_scoring_scheme_and_settings() {
        Round round = PortExamples.round2565Two();

        repository().save(round);

        Round stored = repository().find(round.id()).orElseThrow();
        assertThat(stored).isEqualTo(round);
        assertThat(stored.deadlines()).extracting(d -> d.label())
                .containsExactly("ส่งข้อตกลงการปฏิบัติราชการ", "รายงานผลการดำเนินงาน", "ประเมินผล", "ส่งแบบประเมินให้จังหวัด");
        assertThat(stored.scheme().bands().get(0).name()).isEqualTo("ดีเด่น");
        assertThat(stored.settings()).isEqualTo(new RoundSettings(ReviewPolicy.OPTIONAL, new EvidenceQuota(7, 3L * 1024 * 1024 * 1024 + 1)));
    }

    @Test
    void saving_a_round_again_replaces_its_deadlines_scheme_and_settings() {
        Round round = PortExamples.round2565Two();
        repository().save(round);
        Round changed = new Round(round.id(), round.fiscalYear(), round.number(), ImmutableList.of(round.deadlines().get(1)),
                PortExamples.standardRound(2565, 2).scheme(), RoundSettings.standard());

        repository().save(changed);

        assertThat(repository().find(round.id())).contains(changed);
        assertThat(repository().all()).containsExactly(changed);
    }

    @Test
    void all_rounds_come_newest_first() {
        repository().save(PortExamples.standardRound(2565, 1));
        repository().save(PortExamples.standardRound(2566, 1));
        repository().save(PortExamples.round2565Two());
        repository().save(PortExamples.standardRound(2564, 2));

        assertThat(repository().all()).extracting(r -> r.id().value()).containsExactly("2566-1", "2565-2", "2565-1", "2564-2");
    }
}
