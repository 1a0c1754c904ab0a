package appraisal.persistence;

/** Kept agreements on SQLite files. */
class SqliteKeptAgreementTest extends KeptAgreementTests {

    SqliteKeptAgreementTest() {
        super(TestDatabase.SQLITE);
    }
}
