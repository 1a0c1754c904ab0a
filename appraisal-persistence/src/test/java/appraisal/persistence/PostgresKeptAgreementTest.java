package appraisal.persistence;

/** Kept agreements on PostgreSQL. */
class PostgresKeptAgreementTest extends KeptAgreementTests {

    PostgresKeptAgreementTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
