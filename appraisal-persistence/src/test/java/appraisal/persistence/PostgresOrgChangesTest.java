package appraisal.persistence;

/** The org change count on PostgreSQL. */
class PostgresOrgChangesTest extends OrgChangesTests {

    PostgresOrgChangesTest() {
        super(TestDatabase.POSTGRESQL);
    }
}
