package appraisal.persistence;

import static appraisal.domain.model.agreement.AgreementFixtures.APPRAISEE;
import static appraisal.domain.model.agreement.AgreementFixtures.EVALUATOR;
import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static appraisal.domain.model.agreement.Refusals.refusalOf;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.shared.DomainException;
import appraisal.domain.port.out.contract.PortExamples;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** How a store opens PostgreSQL, and several app instances sharing one database. */
class PostgresStoreTest {

    @RegisterExtension
    final FreshStore fresh = new FreshStore(TestDatabase.POSTGRESQL);

    private String databaseName() {
        return fresh.store().location().jdbcUrl().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1");
    }

    @Test
    void a_libpq_style_url_with_user_and_password_opens_the_store() {
        Store store = fresh.open(StoreLocation.parse(
                "postgresql://postgres:s%40cret@localhost:" + TestDatabase.Server.port() + "/" + databaseName()));

        store.rounds().save(PortExamples.round2565Two());

        assertThat(store.location().user()).isEqualTo("postgres");
        assertThat(store.location().toString()).doesNotContain("s@cret");
        assertThat(fresh.store().rounds().all()).containsExactly(PortExamples.round2565Two());
    }

    @Test
    void identifiers_sort_by_code_point_whatever_locale_the_cluster_has() {
        List<String> collations = fresh.store().writeJdbi().withHandle(h -> h.createQuery("""
                SELECT DISTINCT collation_name FROM information_schema.columns
                WHERE table_schema = 'public' AND column_name IN ('id', 'agreement_id', 'code')""").mapTo(String.class).list());

        assertThat(collations).containsExactly("C");
    }

    @Test
    void two_app_instances_on_one_database_see_each_other_s_saves_and_cannot_overwrite_them() {
        Store instanceA = fresh.store();
        Store instanceB = fresh.open(instanceA.location());
        instanceA.agreements().save(anAgreement().draft());
        Agreement inA = instanceA.agreements().find(anAgreement().draft().id()).orElseThrow();
        Agreement inB = instanceB.agreements().find(inA.id()).orElseThrow();

        inA.sign(APPRAISEE, day(1));
        instanceA.agreements().save(inA);
        inB.sign(EVALUATOR, day(1));
        DomainException refusal = refusalOf(() -> instanceB.agreements().save(inB));

        assertThat(refusal.code()).isEqualTo("agreement.stale-version");
        assertThat(instanceB.agreements().find(inA.id()).orElseThrow().snapshot()).isEqualTo(inA.snapshot());
        assertThat(instanceB.ids().newId("AG-")).isEqualTo("AG-1");
        assertThat(instanceA.ids().newId("AG-")).isEqualTo("AG-2");
    }
}
