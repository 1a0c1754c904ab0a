package appraisal.persistence;

/** Schema migrations on the embedded PostgreSQL. */
class PostgresSchemaMigrationTest extends SchemaMigrationTests {

    PostgresSchemaMigrationTest() {
        super(TestDatabase.POSTGRESQL, Dialect.POSTGRESQL);
    }
}
