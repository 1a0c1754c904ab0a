package appraisal.persistence;

/** A round loaded in parts on the embedded PostgreSQL. */
class PostgresLoadInPartsTest extends LoadInPartsTests {

    PostgresLoadInPartsTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
