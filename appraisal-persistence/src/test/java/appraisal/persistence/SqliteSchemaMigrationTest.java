package appraisal.persistence;

/** Schema migrations on a SQLite file. */
class SqliteSchemaMigrationTest extends SchemaMigrationTests {

    SqliteSchemaMigrationTest() {
        super(TestDatabase.SQLITE, Dialect.SQLITE);
    }
}
