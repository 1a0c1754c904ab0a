package appraisal.persistence;

/** A round loaded in parts on a SQLite file. */
class SqliteLoadInPartsTest extends LoadInPartsTests {

    SqliteLoadInPartsTest() {
        super(TestDatabase.SQLITE);
    }
}
