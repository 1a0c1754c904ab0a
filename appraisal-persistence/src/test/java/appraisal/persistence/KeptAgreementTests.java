package appraisal.persistence;

import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementId;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.org.PersonId;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agreement found by id outside a use case is kept between finds (a server answers the same
 * agreement many times); whatever changes it in the database — a save here, a save by another
 * process, a restore — is seen by the very next find, and a use case's writes are never kept
 * unless they commit.
 */
abstract class KeptAgreementTests {

    private static final AgreementId ID = new AgreementId("agr-kept");

    @RegisterExtension
    final FreshStore fresh;

    @TempDir
    Path folder;

    KeptAgreementTests(TestDatabase database) {
        this.fresh = new FreshStore(database);
    }

    private Agreement stored(Store store, PersonId appraisee) {
        Agreement a = anAgreement().id(ID.value()).appraisee(appraisee).in(AgreementStatus.DRAFT);
        store.agreements().save(a);
        return a;
    }

    @Test
    void a_save_by_another_process_is_seen_by_the_next_find() {
        Store server = fresh.store();
        stored(server, new PersonId("staff-1"));
        Agreement first = server.agreements().find(ID).orElseThrow();
        assertThat(server.agreements().find(ID).orElseThrow().snapshot()).isEqualTo(first.snapshot());

        Store other = fresh.open(server.location());
        Agreement changed = other.agreements().find(ID).orElseThrow();
        changed.sign(changed.appraisee(), day(3));
        other.agreements().save(changed);

        Agreement seen = server.agreements().find(ID).orElseThrow();
        assertThat(seen.version()).isEqualTo(first.version() + 1);
        assertThat(seen.snapshot()).isEqualTo(changed.snapshot());
    }

    @Test
    void a_restore_that_brings_back_the_same_id_and_version_with_other_content_is_seen() {
        Store server = fresh.store();
        stored(server, new PersonId("staff-1"));
        Store elsewhere = fresh.anotherStore();
        Agreement replacement = stored(elsewhere, new PersonId("staff-2"));
        String backup = folder.resolve("elsewhere.db").toString();
        elsewhere.maintenance().backup(backup);
        Agreement kept = server.agreements().find(ID).orElseThrow();
        assertThat(kept.version()).isEqualTo(replacement.version());

        server.maintenance().restore(backup, true, Instant.parse("2024-05-01T00:00:00Z"));

        Agreement seen = server.agreements().find(ID).orElseThrow();
        assertThat(seen.appraisee()).isEqualTo(new PersonId("staff-2"));
        assertThat(seen.snapshot()).isEqualTo(replacement.snapshot());
    }

    @Test
    void what_a_use_case_wrote_and_rolled_back_is_not_kept() {
        Store server = fresh.store();
        Agreement original = stored(server, new PersonId("staff-1"));
        server.agreements().find(ID).orElseThrow();

        assertThatThrownBy(() -> server.unitOfWork().run(() -> {
            Agreement a = server.agreements().find(ID).orElseThrow();
            a.sign(a.appraisee(), day(3));
            server.agreements().save(a);
            assertThat(server.agreements().find(ID).orElseThrow().signatures()).hasSize(1);
            throw new IllegalStateException("refused after the save");
        })).hasMessageContaining("refused after the save");

        Agreement seen = server.agreements().find(ID).orElseThrow();
        assertThat(seen.version()).isEqualTo(original.version());
        assertThat(seen.signatures()).isEmpty();
        assertThat(server.agreements().find(new AgreementId("agr-missing"))).isEmpty();
    }

    @Test
    void each_find_gives_its_own_agreement_so_changing_one_changes_no_other() {
        Store server = fresh.store();
        stored(server, new PersonId("staff-1"));
        Agreement one = server.agreements().find(ID).orElseThrow();
        one.sign(one.appraisee(), day(3));

        Agreement another = server.agreements().find(ID).orElseThrow();

        assertThat(another.signatures()).isEmpty();
        assertThat(another).isNotSameAs(one);
    }
}
