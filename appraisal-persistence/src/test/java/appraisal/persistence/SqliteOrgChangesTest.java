package appraisal.persistence;

/** The org change count on SQLite files. */
class SqliteOrgChangesTest extends OrgChangesTests {

    SqliteOrgChangesTest() {
        super(TestDatabase.SQLITE);
    }
}
