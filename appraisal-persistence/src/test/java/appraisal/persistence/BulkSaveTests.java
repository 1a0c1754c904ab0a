package appraisal.persistence;

import static appraisal.domain.model.agreement.AgreementFixtures.anAgreement;
import static appraisal.domain.model.agreement.AgreementFixtures.day;
import static org.assertj.core.api.Assertions.assertThat;

import appraisal.domain.model.agreement.Agreement;
import appraisal.domain.model.agreement.AgreementStatus;
import appraisal.domain.model.org.PersonId;
import appraisal.domain.port.out.contract.PortExamples;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A cascade saves thousands of agreements in one transaction with a few batched statements, not one per row. */
abstract class BulkSaveTests {

    private static final int CASCADE = 2000;

    @RegisterExtension
    final FreshStore fresh;

    BulkSaveTests(TestDatabase database) {
        this.fresh = new FreshStore(database);
    }

    /**
     * Counts statement executions: a batch counts once, however many rows it carries. Jdbi's logger
     * sees the statements run through Jdbi; the child rows' batches run on plain JDBC and are counted by the repository.
     */
    private AtomicInteger countStatements() {
        AtomicInteger executions = new AtomicInteger();
        fresh.store().writeJdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                executions.incrementAndGet();
            }
        });
        return executions;
    }

    @Test
    void a_cascade_of_two_thousand_agreements_is_saved_and_resaved_with_batched_statements() {
        Agreement head = anAgreement().id("agr-head").in(AgreementStatus.AGREED);
        fresh.store().agreements().save(head);
        List<Agreement> cascade = new ArrayList<>();
        for (String id : PortExamples.ids("agr-staff", CASCADE)) {
            cascade.add(PortExamples.cascaded(id, head.id(), new PersonId("staff-" + id)));
        }
        AtomicInteger statements = countStatements();
        AgreementTables tables = ((JdbiAgreementRepository) fresh.store().agreements()).tables();
        long batches = tables.batchesExecuted();

        fresh.store().unitOfWork().run(() -> fresh.store().agreements().saveAll(cascade));
        int toInsert = statements.getAndSet(0) + (int) (tables.batchesExecuted() - batches);
        batches = tables.batchesExecuted();
        cascade.forEach(a -> a.sign(a.appraisee(), day(3)));
        fresh.store().unitOfWork().run(() -> fresh.store().agreements().saveAll(cascade));
        int toUpdate = statements.get() + (int) (tables.batchesExecuted() - batches);

        // Inserting: the header batch and one batch per child table that has rows (items); updating
        // adds a batch of deletes per child table and the signatures. Never one statement per agreement.
        assertThat(toInsert).isEqualTo(2);
        assertThat(toUpdate).isEqualTo(10);
        List<Agreement> stored = fresh.store().agreements().children(head.id());
        assertThat(stored).hasSize(CASCADE);
        assertThat(stored.get(0).snapshot()).isEqualTo(cascade.get(0).snapshot());
        assertThat(stored.get(CASCADE - 1).snapshot()).isEqualTo(cascade.get(CASCADE - 1).snapshot());
        assertThat(stored).allSatisfy(a -> assertThat(a.version()).isEqualTo(2));
    }
}
